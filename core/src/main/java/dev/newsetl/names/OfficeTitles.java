package dev.newsetl.names;

import java.util.Set;

/**
 * Titles of office a recognizer often takes into an English person's name ({@code Genesee County Sheriff Robert
 * Pickell}, {@code Troy Police Chief Charles Craft}, {@code Lieutenant Gerry Scherlinck}): the person is the name
 * after the last title word, and a span that holds one names a person whatever type the recognizer gave it.
 * {@code General} counts only after a title ({@code Attorney General}): alone it opens company names.
 */
final class OfficeTitles {
    static final Set<String> WORDS = Set.of(
            "president",
            "minister",
            "secretary",
            "senator",
            "sen",
            "rep",
            "representative",
            "governor",
            "gov",
            "mayor",
            "judge",
            "sheriff",
            "deputy",
            "chief",
            "lieutenant",
            "lt",
            "sergeant",
            "sgt",
            "captain",
            "capt",
            "officer",
            "detective",
            "det",
            "inspector",
            "commissioner",
            "coach",
            "colonel",
            "col",
            "chairman",
            "chairwoman",
            "spokesman",
            "spokeswoman",
            "prosecutor",
            "attorney",
            "director",
            "ambassador",
            "chancellor",
            "superintendent",
            "trooper",
            "constable",
            "councilman",
            "councilwoman",
            "principal",
            "ceo",
            "cfo",
            "coo",
            "cto",
            "vp",
            "founder",
            "co-founder",
            "cofounder");
    /** A title further into a span than this is part of something else (a long organization's name). */
    private static final int MAX_TITLE_WORD = 6;
    /** At most this many words of name after the title. */
    private static final int MAX_NAME_WORDS = 4;

    private OfficeTitles() {}

    /** The title words by length, for a look-up without building a string per word. */
    private static final String[][] BY_LENGTH = byLength();

    private static final String[] OF = {"of"};
    private static final String[] THE = {"the"};
    private static final String[] GENERAL = {"general"};

    /** Where the name starts in {@code text[s, e)} when its words open with a title of office; else {@code s}. */
    static int nameStart(String text, int s, int e) {
        if (text.indexOf(' ', s) < 0 || text.indexOf(' ', s) >= e) {
            return s; // one word: no title in front of a name
        }
        int[] starts = new int[MAX_TITLE_WORD + 3];
        int[] ends = new int[starts.length];
        int count = 0;
        for (int w = s; w < e && count < starts.length; ) {
            int end = text.indexOf(' ', w);
            end = end < 0 || end > e ? e : end;
            starts[count] = w;
            ends[count++] = end;
            w = end + 1;
        }
        int name = -1; // the index of the first word after the title
        boolean ofSomething = false;
        for (int k = 0; k < Math.min(count - 1, MAX_TITLE_WORD); k++) {
            // "general" only right after a title (Attorney General, Secretary General): alone it opens companies
            if (is(text, starts[k], ends[k], null) || name == k && is(text, starts[k], ends[k], GENERAL)) {
                name = k + 1;
                ofSomething = false;
                // a title of something: Secretary of State, Minister of the Interior
                if (name + 1 < count && is(text, starts[name], ends[name], OF)) {
                    int at = name + 1;
                    at += at + 1 < count && is(text, starts[at], ends[at], THE) ? 1 : 0;
                    if (at + 1 < count) {
                        name = at + 1;
                        ofSomething = true;
                    }
                }
            }
        }
        // after "of Something" one word may still be the office's (Chief of the Defence Staff): two make a name
        if (name < 0 || name >= count || count - name > MAX_NAME_WORDS || ofSomething && count - name < 2) {
            return s;
        }
        return TurkishFolding.isCapital(text.charAt(starts[name])) ? starts[name] : s;
    }

    /** Whether {@code text[from, to)}, less a final period, is one of {@code words} (null: a title word), any case. */
    private static boolean is(String text, int from, int to, String[] words) {
        int length = to > from && text.charAt(to - 1) == '.' ? to - from - 1 : to - from;
        String[] candidates = words != null ? words : length < BY_LENGTH.length ? BY_LENGTH[length] : null;
        if (candidates == null) {
            return false;
        }
        for (String w : candidates) {
            if (w.length() == length && text.regionMatches(true, from, w, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byLength() {
        int longest = WORDS.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            out[n] = WORDS.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
        }
        return out;
    }
}
