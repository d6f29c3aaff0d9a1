package dev.newsetl.extract;

import dev.newsetl.names.RecognizedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the recognizer finds in a headline written in title case ({@code T-Mobile Will Carry The BlackBerry Q10},
 * {@code Detroit Office Shooter Charged With Murder}): every word is capitalized there, so capitals say nothing and
 * the recognizer's spans run over verbs and nouns. Such a headline keeps only the names its article writes again,
 * the same way, in its other parts (a report names its people and places in the text too); a headline in sentence
 * case keeps all of them.
 */
final class HeadlineNames {
    /** Of the headline's words of four letters or more, at least this share capitalized makes it title case. */
    private static final double TITLE_CASE_SHARE = 0.7;

    private static final int MIN_WORDS = 3;

    private HeadlineNames() {}

    static List<RecognizedName> keep(String title, List<RecognizedName> spans, List<String> otherParts) {
        if (spans.isEmpty() || !isTitleCase(title)) {
            return spans;
        }
        List<RecognizedName> kept = new ArrayList<>(spans.size());
        for (RecognizedName r : spans) {
            if (r.end() > title.length()) {
                kept.add(r); // a span off the text is the linker's to refuse (it checks the recognizer's output)
                continue;
            }
            String surface = title.substring(r.start(), r.end());
            for (String part : otherParts) {
                if (part != null && part.contains(surface)) {
                    kept.add(r);
                    break;
                }
            }
        }
        return kept;
    }

    static boolean isTitleCase(String title) {
        int words = 0;
        int capitalized = 0;
        int i = 0;
        while (i < title.length()) {
            while (i < title.length() && !Character.isLetter(title.charAt(i))) {
                i++;
            }
            int start = i;
            boolean lower = false;
            while (i < title.length() && Character.isLetter(title.charAt(i))) {
                lower |= Character.isLowerCase(title.charAt(i));
                i++;
            }
            if (i - start >= 4 && lower) { // an all-caps word (an acronym, a shouted headline) says nothing either
                words++;
                capitalized += Character.isUpperCase(title.charAt(start)) ? 1 : 0;
            }
        }
        return words >= MIN_WORDS && capitalized >= TITLE_CASE_SHARE * words;
    }
}
