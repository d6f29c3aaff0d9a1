package dev.newsetl.parse;

import java.util.List;

/**
 * Whether a line reads as a headline rather than the first paragraph or page furniture: short, has letters, does
 * not end in a full stop, and is not a section label ({@code PICTURE BOOKS}, {@code Investing}), a lone name
 * ({@code Ann Coulter}) or a stub ({@code RADİKAL -}). Where the line stands (first in the file, what is below it) is
 * {@link ArticleParser}'s part of the decision.
 */
final class HeadlineRule {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 30;

    /** Section words sites put in front of a headline; only taken off when a real headline follows. */
    private static final List<String> BREADCRUMBS =
            List.of("Haberler ", "HABERLER ", "Son Dakika ", "SON DAKİKA ", "Gündem ", "GÜNDEM ");

    private HeadlineRule() {}

    static boolean looksLikeHeadline(String cleanedLine) {
        return !cleanedLine.isEmpty()
                && cleanedLine.length() <= MAX_LENGTH
                && LineCleaner.wordCount(cleanedLine) <= MAX_WORDS
                && !endsInFullStop(cleanedLine)
                && cleanedLine.chars().anyMatch(Character::isLetter)
                && !isLabel(cleanedLine);
    }

    /** A full stop at the end, inside closing quotes too ({@code ... series "Doctor Who."}); not an ellipsis. */
    static boolean endsInFullStop(String line) {
        int end = line.length();
        while (end > 0 && Casing.isClosingQuote(line.charAt(end - 1))) {
            end--;
        }
        return end > 0 && line.charAt(end - 1) == '.' && !line.startsWith("...", end - 3);
    }

    /**
     * One word; two ALL-CAPS words; two or three capitalised words with nothing but letters (a name); a line ending
     * in a dash (a dateline or source stub with nothing after it).
     */
    static boolean isLabel(String line) {
        if (line.endsWith("-") || line.endsWith("—") || line.endsWith("–")) {
            return true;
        }
        String[] words = line.split(" ");
        if (words.length == 1) {
            return true;
        }
        if (words.length == 2 && Casing.isAllCaps(line) && line.indexOf('\'') < 0 && line.indexOf('’') < 0) {
            return true;
        }
        return words.length <= 3 && isPlainName(words);
    }

    /** Two or three capitalised words of letters only: {@code Ann Coulter}. */
    static boolean isLoneName(String line) {
        String[] words = line.split(" ");
        return words.length >= 2 && words.length <= 3 && !Casing.isAllCaps(line) && isPlainName(words);
    }

    private static boolean isPlainName(String[] words) {
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int i = 1; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '-') {
                    return false;
                }
            }
            if (Casing.isAllCaps(w) && w.length() > 3) {
                return false;
            }
        }
        return true;
    }

    /** The headline without a breadcrumb in front ({@code Haberler Trump ...} → {@code Trump ...}). */
    static String withoutBreadcrumb(String title) {
        for (String crumb : BREADCRUMBS) {
            if (title.startsWith(crumb)) {
                String rest = title.substring(crumb.length());
                if (LineCleaner.wordCount(rest) >= 2 && Casing.startsUpper(rest)) {
                    return rest;
                }
            }
        }
        return title;
    }
}
