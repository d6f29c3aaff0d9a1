package dev.newsetl.names;

import dev.newsetl.article.CalendarWords;
import dev.newsetl.article.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds capitalized multi-word names the dictionary does not know yet, for a curator to review
 * (name_candidates.csv): 2 to 4 capitalized words in a row, joined only by spaces, with name particles
 * ({@code al-}, {@code bin}, {@code de}, {@code van} ...) allowed inside. Sentence starters, days and months are
 * trimmed from the ends ({@code The Hamas}, {@code However Israel}); titles split a run ({@code Egyptian Foreign
 * Minister Badr Abdelatty} gives {@code Badr Abdelatty}); words of a known name break a run, so {@code Foreign
 * Minister Hakan Fidan} gives nothing when Hakan Fidan is known.
 */
public final class NameCandidates {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "del", "della", "der", "den", "di", "da", "du", "dos",
            "das", "van", "von", "le", "la", "ter", "ten");

    private static final int LONGEST_PARTICLE =
            PARTICLES.stream().mapToInt(String::length).max().orElseThrow();

    /** Apostrophe endings that are a suffix, not part of the name: English 's and common Turkish case endings. */
    private static final Set<String> SUFFIXES = Set.of(
            "s", "nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "a", "e", "ya", "ye", "da", "de", "ta", "te",
            "dan", "den", "tan", "ten", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "la", "le", "yla", "yle", "daki",
            "deki", "taki", "teki", "nda", "nde", "ndan", "nden", "na", "ne", "nı", "ni", "lar", "ler", "dır", "dir");

    /** Capitalized words that start sentences or precede names without being part of them. */
    private static final Set<String> NOT_NAMES = withCalendar(Set.of(
            "the",
            "a",
            "an",
            "and",
            "or",
            "but",
            "however",
            "meanwhile",
            "also",
            "yet",
            "so",
            "then",
            "thus",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "of",
            "to",
            "with",
            "without",
            "into",
            "over",
            "under",
            "after",
            "before",
            "during",
            "since",
            "until",
            "while",
            "when",
            "where",
            "why",
            "how",
            "what",
            "which",
            "who",
            "as",
            "if",
            "although",
            "though",
            "because",
            "according",
            "despite",
            "among",
            "between",
            "about",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "it",
            "its",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "him",
            "them",
            "us",
            "one",
            "some",
            "many",
            "most",
            "all",
            "both",
            "each",
            "every",
            "no",
            "not",
            "last",
            "next",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tomorrow",
            "speaking",
            "asked",
            "said",
            "says",
            "photo",
            "file",
            "update",
            "updated",
            "read",
            "more",
            "breaking",
            "exclusive",
            "analysis",
            "opinion",
            "watch",
            "live"));

    /**
     * Titles split a run: {@code Palestinian Authority Prime Minister Mohammad Mustafa} holds two names. Demonyms
     * are not here: {@code Palestinian Authority} and {@code Turkish Airlines} are names worth a look.
     */
    /** The words plus month and weekday names, which begin sentences capitalized and are no names. */
    private static Set<String> withCalendar(Set<String> words) {
        Set<String> all = new java.util.HashSet<>(words);
        all.addAll(CalendarWords.MONTHS);
        all.addAll(CalendarWords.WEEKDAYS);
        return Set.copyOf(all);
    }

    /**
     * Words that stand before a name without being part of it: the titles of office ({@link OfficeTitles}), titles
     * of address ({@link NameSpellings#HONORIFICS}), and the words around them (vice, prime, former, foreign).
     */
    private static final Set<String> TITLES = withOfficeTitles(Set.of(
            "vice",
            "prime",
            "foreign",
            "defense",
            "defence",
            "interior",
            "finance",
            "head",
            "leader",
            "spokesperson",
            "envoy",
            "special",
            "senior",
            "former",
            "acting",
            "speaker",
            "commander",
            "sheikh",
            "king",
            "queen",
            "prince",
            "emir",
            "sultan",
            "pope",
            "gen",
            "cumhurbaşkanı",
            "bakan",
            "bakanı",
            "başkanı"));

    private static Set<String> withOfficeTitles(Set<String> words) {
        Set<String> all = new java.util.HashSet<>(words);
        all.addAll(OfficeTitles.WORDS);
        all.addAll(NameSpellings.HONORIFICS);
        return Set.copyOf(all);
    }

    private NameCandidates() {}

    /**
     * One mention of a recognized name, as {@link dev.newsetl.article.Article#nameCandidates()} carries it to the
     * curator's queue: canonical name, type and the spelling written, tab-separated (none of them holds a tab).
     * The capitalized runs {@link #find} gives when no recognizer runs are the bare name.
     */
    public static String recognized(String canonical, EntityType type, String spelling) {
        return oneLine(canonical) + '\t' + type.name() + '\t' + oneLine(spelling);
    }

    /** {@code {name, type or "", spelling}} of an entry made by {@link #recognized} or {@link #find}. */
    public static String[] parse(String entry) {
        String[] f = entry.split("\t", -1);
        return f.length == 3 ? f : new String[] {entry, "", entry};
    }

    /**
     * A line to paste into aliases.tsv for a recognized name: an id (the recognized id without its type prefix),
     * the type, the name, and the other spellings seen as aliases. Spellings that differ from the name only in case,
     * diacritics or dotless i are left out (matching folds those), and so is a person's bare surname (the
     * dictionary derives it); a one-word ALL-CAPS spelling is an acronym and gets {@code =}. Empty for a name
     * without a type (the capitalized runs found when no recognizer runs).
     *
     * @param spellings the spellings seen, most used first
     */
    public static String aliasesLine(String name, String type, List<String> spellings) {
        EntityType entityType;
        try {
            entityType = EntityType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return "";
        }
        String id = RecognizedIds.of(entityType, name);
        id = id.substring(id.indexOf('-') + 1);
        String key = TurkishFolding.key(name);
        String surname = TurkishFolding.key(DictionaryParser.surname(name));
        Set<String> seen = new HashSet<>();
        seen.add(key);
        List<String> aliases = new ArrayList<>();
        for (String spelling : spellings) {
            String k = TurkishFolding.key(spelling);
            if (k.isEmpty()
                    || spelling.indexOf('|') >= 0
                    || !seen.add(k)
                    || (entityType == EntityType.PERSON && k.equals(surname))) {
                continue;
            }
            boolean acronym = !spelling.contains(" ") && NameSpellings.allCaps(spelling);
            aliases.add(acronym ? "=" + spelling : spelling);
        }
        String line = id + '\t' + type + '\t' + name;
        return aliases.isEmpty() ? line : line + '\t' + String.join("|", aliases);
    }

    /** Spellings kept per name in the queue: enough for a curator, bounded for a name written a thousand ways. */
    public static final int MAX_SPELLINGS = 20;

    /** The spellings of a name with their counts, most used first, then alphabetical: the same on every engine. */
    public static List<String> topSpellings(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> !a.getValue().equals(b.getValue())
                ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        List<String> out = new ArrayList<>(Math.min(entries.size(), MAX_SPELLINGS));
        for (int i = 0; i < entries.size() && i < MAX_SPELLINGS; i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }

    /** A JSON array of strings, as the dataset's CSV files write lists. */
    public static String jsonList(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    /** Tabs, line breaks and runs of white space as one space: a name as one line of a TSV or CSV. */
    public static String oneLine(String s) {
        return NameSpellings.collapse(s);
    }

    private static final byte CAP = 1;
    private static final byte PARTICLE = 2;
    private static final byte OTHER = 0;

    private record Token(int start, int end, byte kind, String lower, boolean allCaps, boolean joinsNext) {}

    /**
     * Candidate names in {@code text}, one entry per occurrence, in text order (count them for the curator).
     *
     * @param known the dictionary matches in {@code text} (from {@link NameMatcher#find(String)}), sorted
     */
    public static List<String> find(String text, List<NameMatch> known) {
        List<Token> tokens = tokens(text, known);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).kind() == OTHER) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size()
                    && tokens.get(j).joinsNext()
                    && tokens.get(j + 1).kind() != OTHER) {
                j++;
            }
            candidate(text, tokens.subList(i, j + 1), out);
            i = j + 1;
        }
        return out;
    }

    private static void candidate(String text, List<Token> run, List<String> out) {
        int from = 0;
        for (int k = 0; k <= run.size(); k++) {
            if (k == run.size() || TITLES.contains(run.get(k).lower())) {
                segment(text, run.subList(from, k), out);
                from = k + 1;
            }
        }
    }

    private static void segment(String text, List<Token> run, List<String> out) {
        int from = 0;
        int to = run.size() - 1;
        while (from <= to
                && (run.get(from).kind() == PARTICLE
                        || NOT_NAMES.contains(run.get(from).lower()))) {
            from++;
        }
        while (to >= from
                && (run.get(to).kind() == PARTICLE
                        || NOT_NAMES.contains(run.get(to).lower()))) {
            to--;
        }
        int caps = 0;
        boolean allCaps = true;
        for (int k = from; k <= to; k++) {
            if (run.get(k).kind() == CAP) {
                caps++;
                allCaps &= run.get(k).allCaps();
            }
        }
        if (caps < MIN_WORDS || caps > MAX_WORDS || allCaps) {
            return; // all-caps runs are headlines or strings of acronyms, not names
        }
        String name = text.substring(run.get(from).start(), run.get(to).end());
        out.add(name.replaceAll("\\s+", " "));
    }

    private static List<Token> tokens(String text, List<NameMatch> known) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int k = 0;
        int i = 0;
        while (i < n) {
            if (!TurkishFolding.isWord(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int resume = -1; // where scanning goes on after a suffix that ends the name
            while (i < n) {
                char c = text.charAt(i);
                byte kind = TurkishFolding.kind(c);
                if (kind == TurkishFolding.WORD || kind == TurkishFolding.MARK) {
                    i++;
                } else if (c == '-' && i + 1 < n && TurkishFolding.isWord(text.charAt(i + 1))) {
                    i++;
                } else if (TurkishFolding.fold(c) == '\'' && i + 1 < n && TurkishFolding.isWord(text.charAt(i + 1))) {
                    int suffixEnd = i + 1;
                    while (suffixEnd < n
                            && (TurkishFolding.isWord(text.charAt(suffixEnd))
                                    || TurkishFolding.kind(text.charAt(suffixEnd)) == TurkishFolding.MARK)) {
                        suffixEnd++;
                    }
                    if (SUFFIXES.contains(text.substring(i + 1, suffixEnd))) {
                        resume = suffixEnd; // Erdoğan's, Türkiye'nin: the name ends here, and so does the run
                        break;
                    }
                    i++; // O'Brien, Sha'ath
                } else {
                    break;
                }
            }
            int end = i;
            boolean breaks = resume >= 0;
            if (breaks) {
                i = resume;
            } else if (end < n && TurkishFolding.fold(text.charAt(end)) == '\'') {
                breaks = true; // Hamas' leader
            } else if (end - start == 1
                    && end < n
                    && text.charAt(end) == '.'
                    && TurkishFolding.isCapital(text.charAt(start))) {
                end++; // an initial: Donald J. Trump
                i = end;
            }
            int gapEnd = i;
            while (gapEnd < n && TurkishFolding.kind(text.charAt(gapEnd)) == TurkishFolding.SPACE) {
                gapEnd++;
            }
            boolean joinsNext = !breaks && gapEnd > i && gapEnd < n && TurkishFolding.isWord(text.charAt(gapEnd));
            while (k < known.size() && known.get(k).end() <= start) {
                k++;
            }
            boolean overlapsKnown = k < known.size() && known.get(k).start() < end;
            tokens.add(classify(text, start, end, overlapsKnown, joinsNext));
        }
        return tokens;
    }

    private static Token classify(String text, int start, int end, boolean overlapsKnown, boolean joinsNext) {
        if (overlapsKnown || cannotBeNamePart(text, start, end)) {
            return new Token(start, end, OTHER, null, false, false); // never part of a run: no lower case needed
        }
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        if (PARTICLES.contains(lower)) {
            return new Token(start, end, PARTICLE, lower, false, joinsNext);
        }
        int hyphen = word.indexOf('-');
        String head = hyphen < 0 ? word : word.substring(0, hyphen);
        boolean particlePrefix = hyphen > 0
                && PARTICLES.contains(head.toLowerCase(Locale.ROOT))
                && TurkishFolding.isCapital(word.charAt(hyphen + 1)); // al-Hayya
        if (!particlePrefix && !TurkishFolding.isCapital(word.charAt(0))) {
            return new Token(start, end, OTHER, lower, false, false);
        }
        if (!particlePrefix && hyphen > 0 && !TurkishFolding.isCapital(word.charAt(hyphen + 1))) {
            // Gaza-based, Kalın-led: the name is the head, and the compound ends the run
            return new Token(start, start + hyphen, CAP, head.toLowerCase(Locale.ROOT), isAllCaps(head), false);
        }
        return new Token(start, end, CAP, lower, isAllCaps(word), joinsNext);
    }

    /**
     * A lower-case word longer than any particle and with no particle prefix ({@code al-}) cannot start or join a
     * name: most words of a text, decided without copying them.
     */
    private static boolean cannotBeNamePart(String text, int start, int end) {
        if (TurkishFolding.isCapital(text.charAt(start)) || end - start <= LONGEST_PARTICLE) {
            return false;
        }
        for (int i = start + 1; i <= start + LONGEST_PARTICLE; i++) {
            if (text.charAt(i) == '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!TurkishFolding.isCapital(c)) {
                    return false;
                }
            }
        }
        return letters;
    }
}
