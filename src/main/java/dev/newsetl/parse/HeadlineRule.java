package dev.newsetl.parse;

/**
 * Whether a line reads as a headline rather than the first paragraph: short, has letters, and does not end in a
 * full stop. Where the line stands (first in the file, followed by a caption or a blank line) is
 * {@link ArticleParser}'s part of the decision.
 */
final class HeadlineRule {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 30;

    private HeadlineRule() {
    }

    static boolean looksLikeHeadline(String cleanedLine) {
        return !cleanedLine.isEmpty()
                && cleanedLine.length() <= MAX_LENGTH
                && LineCleaner.wordCount(cleanedLine) <= MAX_WORDS
                && !cleanedLine.endsWith(".")
                && cleanedLine.chars().anyMatch(Character::isLetter);
    }
}
