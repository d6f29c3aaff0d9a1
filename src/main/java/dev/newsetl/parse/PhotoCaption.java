package dev.newsetl.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption line: text ending in a parenthesised credit such as {@code (AFP Photo)}, {@code (Photo: Reuters)}
 * or {@code (Getty Images)}. The credit must name a picture or a picture agency; a bare {@code (Reuters)} at the end
 * of a sentence is attribution, not a credit.
 *
 * @param text   the caption without its credit, trimmed; null when the line is only the credit
 * @param credit the credit without its parentheses, e.g. {@code AFP Photo}
 * @param line   the whole cleaned line
 */
record PhotoCaption(String text, String credit, String line) {

    private static final int MAX_LINE_LENGTH = 1000;

    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("^(.*?)\\(([^()]{1,80})\\)$");

    private static final Pattern CREDIT_WORD = Pattern.compile(
            "\\b(photos?|photographs?|photographer|images?|pictures?|pics?|courtesy|getty|shutterstock|istock"
                    + "|alamy|epa|efe|fotoğraf|foto)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The caption in a cleaned line, or null when the line is not one. */
    static PhotoCaption of(String cleanedLine) {
        if (cleanedLine.isEmpty() || cleanedLine.length() > MAX_LINE_LENGTH || !cleanedLine.endsWith(")")) {
            return null;
        }
        Matcher m = TRAILING_PARENTHESES.matcher(cleanedLine);
        if (!m.matches()) {
            return null;
        }
        String credit = m.group(2).trim();
        if (credit.isEmpty() || !CREDIT_WORD.matcher(credit).find()) {
            return null;
        }
        String text = m.group(1).trim();
        return new PhotoCaption(text.isEmpty() ? null : text, credit, cleanedLine);
    }
}
