package dev.newsetl.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A byline line and the authors it names: {@code By Jane Smith and John Doe}, {@code ÖZEL HABER / BİLAL MEŞE}, an
 * indented ALL-CAPS name on its own line ({@code      ERHAN TELLİ}, optionally followed by the place,
 * {@code KEMAL BULUT Ankara}), and credit lines that end a story ({@code (Reporting by A; Editing by B)},
 * {@code -- Compiled by C}).
 *
 * @param authors the names as written
 * @param place       a place written after an ALL-CAPS name ({@code Ankara}), or before a picture credit, or null
 * @param photoCredit a picture credit on the byline line ({@code ANKARA Milliyet / Fotoğraf: JANE DOE}), or null
 */
record Byline(List<String> authors, String place, String photoCredit) {

    Byline(List<String> authors, String place) {
        this(authors, place, null);
    }

    private static final int MAX_WORDS = 12;

    /** A byline at the head of a story; {@code indented} says the raw line started with white space. */
    static Byline of(String line, boolean indented) {
        return of(line, indented, false);
    }

    /** As {@link #of(String, boolean)}; at the head of a story an indented plain name ({@code  Jane Doe}) counts too. */
    static Byline of(String line, boolean indented, boolean headOfStory) {
        if (line.isEmpty() || line.length() > 120 || LineCleaner.wordCount(line) > MAX_WORDS) {
            return null;
        }
        if (line.startsWith("By ") || line.startsWith("BY ")) {
            List<String> names = names(line.substring(3));
            return names.isEmpty() ? null : new Byline(names, null);
        }
        int slash = line.indexOf(" / ");
        if (slash > 0 && (line.startsWith("Fotoğraf: ", slash + 3) || line.startsWith("Foto: ", slash + 3))) {
            // "ANKARA Milliyet / Fotoğraf: JANE DOE": the place, the paper, the photographer
            String[] head = line.substring(0, slash).split(" ");
            String place = Casing.isAllCaps(head[0]) && head[0].length() >= 3 ? head[0] : null;
            return new Byline(List.of(), place, line.substring(slash + 3));
        }
        if (slash > 0 && Casing.isAllCaps(line, 0, slash)) {
            String rest = line.substring(slash + 3);
            if (isCapsName(rest.split(" "), rest.split(" ").length)) {
                return new Byline(List.of(rest), null);
            }
        }
        if (slash > 0 && indented) {
            String rest = line.substring(slash + 3);
            int part = rest.lastIndexOf(" - ");
            if (part > 0 && rest.substring(part + 3).chars().allMatch(Character::isDigit)) {
                rest = rest.substring(0, part); // a series byline: "UEFA rehberi / Jane Doe - 2"
            }
            if (HeadlineRule.isLoneName(rest)) {
                return new Byline(List.of(rest), null);
            }
        }
        if (indented && headOfStory && HeadlineRule.isLoneName(line)) {
            return new Byline(List.of(line), null);
        }
        if (indented) {
            String[] words = line.split(" ");
            if (words.length >= 2
                    && words.length <= 3
                    && Casing.startsUpper(words[0])
                    && !Casing.isAllCaps(words[0])
                    && Casing.isAllCaps(words[words.length - 1])
                    && isCapsName(new String[] {words[words.length - 1], words[words.length - 1]}, 2)
                    && words[0].chars().allMatch(Character::isLetter)) {
                return new Byline(List.of(line), null); // "Jane DOE", the Turkish newspaper style
            }
            if (isCapsName(words, words.length)) {
                return new Byline(List.of(line), null);
            }
            int last = words.length - 1;
            if (words.length >= 3 && isCapsName(words, last) && isPlaceWord(words[last])) {
                return new Byline(List.of(line.substring(0, line.lastIndexOf(' '))), words[last]);
            }
        }
        return null;
    }

    /** The reporters credited at the end of a story, or null when the paragraph is not such a credit. */
    static Byline ofCredit(String paragraph) {
        if (paragraph.length() > 200) {
            return null;
        }
        Byline trailing = trailingCapsNames(paragraph);
        if (trailing != null) {
            return trailing;
        }
        String p = paragraph;
        if (p.startsWith("(") && p.endsWith(")")) {
            p = p.substring(1, p.length() - 1);
        }
        if (p.startsWith("-- ") || p.startsWith("— ")) {
            p = p.substring(3);
        }
        List<String> found = new ArrayList<>();
        for (String contact : new String[] {" may be reached at ", " can be reached at "}) {
            int at = p.indexOf(contact);
            if (at > 0 && HeadlineRule.isLoneName(p.substring(0, at))) {
                return new Byline(List.of(p.substring(0, at)), null);
            }
        }
        if (p.startsWith("Follow ") && p.indexOf(" on Twitter") > 7) {
            String name = p.substring(7, p.indexOf(" on Twitter"));
            if (name.split(" ").length >= 2 && name.split(" ").length <= 4 && Casing.startsUpper(name)) {
                return new Byline(List.of(name), null); // the writer's own follow prompt ends the story
            }
        }
        for (String part : p.split(";")) {
            String s = part.strip();
            for (String lead : new String[] {
                "Reporting by ",
                "Additional reporting by ",
                "Compiled by ",
                "Written by ",
                "Writing by ",
                "To contact the reporter on this story: ",
                "To contact the reporters on this story: "
            }) {
                if (s.startsWith(lead)) {
                    found.addAll(names(s.substring(lead.length())));
                }
            }
        }
        return found.isEmpty() ? null : new Byline(found, null);
    }

    /** Agency copy ends with its reporters in capitals: {@code JANE DOE - JOHN ROE}. */
    private static Byline trailingCapsNames(String p) {
        if (!Casing.isAllCaps(p)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : p.split(" - |, | / ")) {
            String[] words = part.strip().split(" ");
            if (!isCapsName(words, words.length)) {
                return null;
            }
            names.add(part.strip());
        }
        return names.size() >= 1 && p.contains(" - ") || names.size() >= 2 ? new Byline(names, null) : null;
    }

    /** {@code Jane Smith and John Doe}, {@code Jane Smith, John Doe}, cut at a trailing {@code in Atlanta}. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.replace(" and ", ",").replace(" & ", ",").split(",")) {
            String name = part.strip();
            int in = name.indexOf(" in ");
            if (in > 0) {
                name = name.substring(0, in);
            }
            String[] words = name.split(" ");
            if (name.isEmpty() || words.length > 4) {
                continue;
            }
            boolean capitalised = true;
            for (String w : words) {
                capitalised &= Casing.startsUpper(w);
            }
            if (capitalised) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isCapsName(String[] words, int count) {
        if (count < 2 || count > 4) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            String w = words[i];
            if (w.length() < 2 || !Casing.isAllCaps(w)) {
                return false;
            }
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                if (!Character.isLetter(c) && c != '.' && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPlaceWord(String w) {
        return w.length() >= 3
                && Casing.startsUpper(w)
                && !Casing.isAllCaps(w)
                && w.chars().allMatch(Character::isLetter);
    }
}
