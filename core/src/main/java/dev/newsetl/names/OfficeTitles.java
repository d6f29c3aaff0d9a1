package dev.newsetl.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles of office a recognizer often takes into an English person's name ({@code Genesee County Sheriff Robert
 * Pickell}, {@code Troy Police Chief Charles Craft}, {@code Lieutenant Gerry Scherlinck}): the person is the name
 * after the last title word, and a span that holds one names a person whatever type the recognizer gave it.
 * {@code General} counts only after a title ({@code Attorney General}): alone it opens company names.
 */
final class OfficeTitles {
    private static final Set<String> WORDS = Set.of(
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

    /** Where the name starts in {@code text[s, e)} when its words open with a title of office; else {@code s}. */
    static int nameStart(String text, int s, int e) {
        List<int[]> words = new ArrayList<>();
        for (int w = s; w < e && words.size() < MAX_TITLE_WORD + 3; ) {
            int end = text.indexOf(' ', w);
            end = end < 0 || end > e ? e : end;
            words.add(new int[] {w, end});
            w = end + 1;
        }
        int name = -1; // the index of the first word after the title
        boolean ofSomething = false;
        for (int k = 0; k < Math.min(words.size() - 1, MAX_TITLE_WORD); k++) {
            String folded = folded(text, words.get(k));
            // "general" only right after a title (Attorney General, Secretary General): alone it opens companies
            if (WORDS.contains(folded) || folded.equals("general") && name == k) {
                name = k + 1;
                ofSomething = false;
                // a title of something: Secretary of State, Minister of the Interior
                if (name + 1 < words.size() && folded(text, words.get(name)).equals("of")) {
                    int at = name + 1;
                    at += at + 1 < words.size() && folded(text, words.get(at)).equals("the") ? 1 : 0;
                    if (at + 1 < words.size()) {
                        name = at + 1;
                        ofSomething = true;
                    }
                }
            }
        }
        // after "of Something" one word may still be the office's (Chief of the Defence Staff): two make a name
        if (name < 0
                || name >= words.size()
                || words.size() - name > MAX_NAME_WORDS
                || ofSomething && words.size() - name < 2) {
            return s;
        }
        int start = words.get(name)[0];
        return TurkishFolding.isCapital(text.charAt(start)) ? start : s;
    }

    private static String folded(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        return (w.endsWith(".") ? w.substring(0, w.length() - 1) : w).toLowerCase(Locale.ROOT);
    }
}
