package dev.newsetl.parse;

import dev.newsetl.article.ParsedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the structure of one article's decoded text. The layouts seen in the input:
 * <ol>
 *   <li>a headline line, a photo caption ending in a credit like {@code (AFP Photo)}, blank lines, then
 *   blank-line-separated paragraphs;</li>
 *   <li>no headline: a leading empty line, then one paragraph per line;</li>
 *   <li>a {@code Key: value} header block (Title, Source, Published, URL, ...), a blank line, then a body in
 *   layout 1 without its headline, or plain paragraphs.</li>
 * </ol>
 * The title comes from the header's {@code Title}, else from the first line when it reads as a headline and
 * stands above a caption or a blank line: a file starting with a blank line has no title, and the first paragraph
 * is never promoted to one. Title and caption are never repeated among the paragraphs.
 * Stateless and safe to share between threads. Never throws: a file with no body gets an empty paragraph list, and
 * the caller decides what that means.
 */
public final class ArticleParser {

    private static final ParsedArticle NOTHING = new ParsedArticle(Map.of(), null, null, null, List.of());

    public ArticleParser() {
    }

    /** The structure of {@code text}, which must already have {@code \n} line ends (stray CRs are tolerated). */
    public ParsedArticle parse(String text) {
        if (text == null || text.isEmpty()) {
            return NOTHING;
        }
        try {
            return parseLines(cleanLines(text));
        } catch (RuntimeException e) {
            // Not expected; a parser bug must not stop a batch run, and the caller rejects an empty body.
            return NOTHING;
        }
    }

    /** Splits at CRLF, CR or LF (a regular-expression split cost a tenth of parsing) and cleans each line. */
    private static List<String> cleanLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(LineCleaner.clean(text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(LineCleaner.clean(text.substring(start)));
        return lines;
    }

    private static ParsedArticle parseLines(List<String> lines) {
        HeaderBlock header = HeaderBlock.read(lines);
        int next = header.bodyStart();

        String title = header.headers().get("title");
        if (title != null) {
            // Some exporters repeat the headline (or a variant of it, above the caption) as the body's first line.
            int first = firstNonBlank(lines, next);
            if (first < lines.size()
                    && (lines.get(first).equalsIgnoreCase(title) || isHeadlineAboveCaption(lines, first))) {
                next = first + 1;
            }
        } else {
            int candidate = header.present() ? firstNonBlank(lines, next) : 0;
            if (isTitleAt(lines, candidate)) {
                title = lines.get(candidate);
                next = candidate + 1;
            }
        }

        PhotoCaption caption = null;
        int captionIndex = firstNonBlank(lines, next);
        if (captionIndex < lines.size()) {
            caption = PhotoCaption.of(lines.get(captionIndex));
            if (caption != null) {
                next = captionIndex + 1;
            }
        }

        List<String> paragraphs = ParagraphSplitter.split(lines.subList(next, lines.size()));
        if (title != null || caption != null) {
            String captionLine = caption == null ? null : caption.line();
            String captionText = caption == null ? null : caption.text();
            String titleText = title;
            paragraphs.removeIf(p -> p.equals(titleText) || p.equals(captionLine) || p.equals(captionText));
        }
        return new ParsedArticle(header.headers(), title,
                caption == null ? null : caption.text(),
                caption == null ? null : caption.credit(),
                paragraphs);
    }

    /** A headline: reads like one, is not a caption, and has a caption, a blank line or the end below it. */
    private static boolean isTitleAt(List<String> lines, int index) {
        if (index >= lines.size()) {
            return false;
        }
        String line = lines.get(index);
        if (!HeadlineRule.looksLikeHeadline(line) || PhotoCaption.of(line) != null) {
            return false;
        }
        if (index + 1 >= lines.size()) {
            return true;
        }
        String below = lines.get(index + 1);
        return below.isEmpty() || PhotoCaption.of(below) != null;
    }

    private static boolean isHeadlineAboveCaption(List<String> lines, int index) {
        return index + 1 < lines.size() && isTitleAt(lines, index) && PhotoCaption.of(lines.get(index + 1)) != null;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }
}
