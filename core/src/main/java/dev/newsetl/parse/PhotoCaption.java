package dev.newsetl.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption line. The forms:
 * <ul>
 *   <li>text ending in a parenthesised credit such as {@code (AFP Photo)}, {@code (Photo: Reuters)},
 *   {@code (Getty Images)}, possibly followed by a picture code ({@code (AP Photo/A24 Films)AP2014}). The credit
 *   must name a picture or a picture agency; a bare {@code (Reuters)} at the end of a sentence is attribution;</li>
 *   <li>a gallery caption, {@code 1 of 4. A man walks ...};</li>
 *   <li>a leading credit, {@code (File 2013/The Associated Press) Text} or {@code Jane Doe/for New York Daily News
 *   Text};</li>
 *   <li>only as a file's first line ({@link #ofFirstLine}): text ending in the picture's date and, optionally, an
 *   agency credit ({@code ... in Mumbai May 13, 2014. REUTERS/Jane Doe}).</li>
 * </ul>
 *
 * @param text   the caption without its credit, trimmed; null when the line is only the credit
 * @param credit the credit without its parentheses, e.g. {@code AFP Photo}; null when the caption names none
 * @param line   the whole cleaned line
 * @param marker words of the line that are neither caption nor credit ({@code 1 of 4.}), or null
 */
record PhotoCaption(String text, String credit, String line, String marker) {

    private static final int MAX_LINE_LENGTH = 1000;

    private static final Pattern TRAILING_PARENTHESES =
            Pattern.compile("^(.*?)\\(([^()]{1,80})\\)(\\p{Lu}{1,6}\\d{4})?$");

    private static final Pattern CREDIT_WORD = Pattern.compile(
            "\\b(photos?|photographs?|photographer|images?|pictures?|pics?|courtesy|getty|shutterstock|istock"
                    + "|alamy|epa|efe|fotoğraf|foto|file)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern GALLERY = Pattern.compile("^(\\d{1,3} of \\d{1,3}\\.) (.+)$");

    private static final Pattern LEADING_FILE_CREDIT =
            Pattern.compile("^\\(((?:File|Photo|Archive)[^()]{0,60}/[^()]{2,60})\\) (.+)$");

    private static final Pattern LEADING_FOR_CREDIT = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}/for (?:the |The )?((?:\\p{Lu}[\\p{L}.'-]* ){0,5}))(.+)$");

    private static final Set<String> OUTLET_ENDS = Set.of(
            "News",
            "Times",
            "Post",
            "Journal",
            "Tribune",
            "Herald",
            "Press",
            "Globe",
            "Star",
            "Images",
            "Photo",
            "Photos",
            "Sun",
            "Telegraph",
            "Guardian",
            "Chronicle");

    private static final Pattern PICTURE_DATE_AT_END = Pattern.compile(
            "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.? \\d{1,2}, \\d{4}"
                    + "|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December) \\d{4})\\.?(?: (\\p{Lu}{2,}(?:/[\\p{L} .'-]{2,40})?))?$");

    /** The caption in a cleaned line, or null when the line is not one. */
    static PhotoCaption of(String cleanedLine) {
        if (cleanedLine.isEmpty() || cleanedLine.length() > MAX_LINE_LENGTH) {
            return null;
        }
        if (Character.isDigit(cleanedLine.charAt(0))) {
            Matcher g = GALLERY.matcher(cleanedLine);
            if (g.matches()) {
                PhotoCaption inner = of(g.group(2));
                String text = inner == null ? g.group(2) : inner.text();
                return new PhotoCaption(text, inner == null ? null : inner.credit(), cleanedLine, g.group(1));
            }
        }
        if (cleanedLine.charAt(0) == '(') {
            Matcher f = LEADING_FILE_CREDIT.matcher(cleanedLine);
            if (f.matches()) {
                return new PhotoCaption(f.group(2).strip(), f.group(1).strip(), cleanedLine, null);
            }
        }
        if (cleanedLine.indexOf("/for ") > 0) {
            PhotoCaption forCredit = leadingForCredit(cleanedLine);
            if (forCredit != null) {
                return forCredit;
            }
        }
        return trailingCredit(cleanedLine);
    }

    /** A file's first line may also be a caption that ends in the picture's date and an agency credit. */
    static PhotoCaption ofFirstLine(String cleanedLine) {
        PhotoCaption caption = of(cleanedLine);
        if (caption != null || cleanedLine.length() > MAX_LINE_LENGTH || cleanedLine.length() < 30) {
            return caption;
        }
        int tail = Math.max(0, cleanedLine.length() - 80);
        Matcher m = PICTURE_DATE_AT_END.matcher(cleanedLine);
        if (!m.find(tail)) {
            return null;
        }
        String credit = m.group(1);
        String text = credit == null
                ? cleanedLine
                : cleanedLine.substring(0, m.start(1)).strip();
        return new PhotoCaption(text, credit, cleanedLine, null);
    }

    private static PhotoCaption trailingCredit(String cleanedLine) {
        if (cleanedLine.indexOf(')') < 0) {
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
        return new PhotoCaption(text.isEmpty() ? null : text, credit, cleanedLine, m.group(3));
    }

    /** {@code Jane Doe/for New York Daily News A man ...}: the outlet ends at its last outlet word. */
    private static PhotoCaption leadingForCredit(String line) {
        Matcher m = LEADING_FOR_CREDIT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String[] outlet = m.group(2).strip().split(" ");
        int last = -1;
        for (int i = 0; i < outlet.length; i++) {
            if (OUTLET_ENDS.contains(outlet[i])) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        int slash = line.indexOf("/for ");
        int at = line.indexOf(outlet[last], slash) + outlet[last].length();
        String text = line.substring(at).strip();
        return text.isEmpty()
                ? null
                : new PhotoCaption(text, line.substring(0, at).strip(), line, null);
    }
}
