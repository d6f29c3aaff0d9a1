package dev.newsetl.html;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a web page as an article: limits, character set, DOM, metadata, main text. Thread-safe (a jsoup parser is
 * made per page); never throws: a page that cannot be read is a {@link Rejection}.
 */
public final class WebPageReader {
    /** Characters of text looked at for a written date when the markup has none. */
    private static final int DATE_TEXT_CHARS = 3000;

    private final HtmlLimits limits;
    private final PageDecoder decoder = new PageDecoder();
    private final MetadataReader metadata;
    private final MainTextExtractor mainText = new MainTextExtractor();

    public WebPageReader(HtmlLimits limits, Clock clock) {
        this.limits = limits;
        this.metadata = new MetadataReader(clock);
    }

    /** Whether a document goes through the HTML path: its container says HTML, or its name ends in .html/.htm. */
    public static boolean isHtml(InputDocument document) {
        if (document.hints().isHtml()) {
            return true;
        }
        String name = document.relativePath().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    public PageRead read(byte[] bytes, DocumentHints hints) {
        try {
            return readOrReject(bytes, hints);
        } catch (RuntimeException | StackOverflowError e) {
            // Not expected; one odd page must not stop a batch run.
            return reject(RejectReason.NO_MAIN_TEXT, "page could not be read: " + e);
        }
    }

    private PageRead readOrReject(byte[] bytes, DocumentHints hints) {
        if (bytes.length > limits.maxPageBytes()) {
            return reject(
                    RejectReason.PAGE_TOO_LARGE,
                    bytes.length + " bytes is over the limit of " + limits.maxPageBytes()
                            + " (newsetl.html.max-page-size)");
        }
        Decoded decoded = decoder.decode(bytes, hints.charset());
        if (decoded instanceof Rejection rejection) {
            return new PageRead(null, rejection);
        }
        DecodedText text = (DecodedText) decoded;
        int elements = startTags(text.text(), limits.maxElements());
        if (elements > limits.maxElements()) {
            return reject(
                    RejectReason.PAGE_TOO_COMPLEX,
                    "more than " + limits.maxElements() + " elements (newsetl.html.max-nodes)");
        }
        Document doc = Parser.htmlParser().parseInput(text.text(), hints.url() == null ? "" : hints.url());
        PageMetadata meta = metadata.read(doc, hints.url());
        String title = MetadataReader.first(hints.title(), meta.title());
        MainText main = mainText.extract(doc.body(), title, meta.articleBody());
        if (main.paragraphs().isEmpty()) {
            return reject(
                    RejectReason.NO_MAIN_TEXT,
                    title == null
                            ? "no text outside the page's furniture"
                            : "no main text under the title \"" + abbreviate(title) + "\"");
        }
        List<String> paragraphs = new ArrayList<>(main.paragraphs());
        String dateline = null;
        String[] split = Datelines.split(paragraphs.get(0));
        if (split != null) {
            dateline = split[0];
            paragraphs.set(0, split[1]);
        }
        PageDate date = meta.date();
        if (date == null) {
            date = metadata.dateInText(opening(paragraphs));
        }
        return new PageRead(
                new WebPage(
                        title,
                        paragraphs,
                        main.captions().isEmpty() ? null : String.join("\n", main.captions()),
                        main.credit(),
                        dateline,
                        hints.authors().isEmpty() ? meta.authors() : hints.authors(),
                        MetadataReader.first(hints.url(), meta.canonicalUrl()),
                        meta.canonicalUrl(),
                        MetadataReader.first(hints.siteName(), meta.siteName()),
                        date,
                        MetadataReader.first(hints.language(), meta.language()),
                        text.encoding(),
                        summary(meta.description(), title, paragraphs),
                        main.headings()),
                null);
    }

    /** Longest description kept as a summary: past it, a page put its body (or junk) in the tag. */
    static final int MAX_SUMMARY = 1_000;

    /**
     * The page's description as the article's summary, unless it only repeats the title or the body's opening (many
     * sites fill the tag with the first sentences, often cut with an ellipsis), which would say nothing new.
     */
    static String summary(String description, String title, List<String> paragraphs) {
        if (description == null || description.length() > MAX_SUMMARY) {
            return null;
        }
        String key = MetadataReader.comparable(description.replaceAll("(\\.\\.\\.|…)$", ""));
        if (key.length() < 20
                || (title != null && MetadataReader.comparable(title).equals(key))) {
            return null;
        }
        String opening =
                MetadataReader.comparable(String.join(" ", paragraphs.subList(0, Math.min(3, paragraphs.size()))));
        return opening.startsWith(key) ? null : description;
    }

    /**
     * Start tags in the text ({@code <} followed by a letter), counted up to one past {@code limit}: an upper bound
     * on the elements jsoup would build, known before any of them is built.
     */
    static int startTags(String text, int limit) {
        int n = 0;
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char c = text.charAt(i + 1);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (++n > limit) {
                    return n;
                }
            }
        }
        return n;
    }

    private static String opening(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            if (out.length() >= DATE_TEXT_CHARS) {
                break;
            }
            out.append(p).append('\n');
        }
        return out.toString();
    }

    private static PageRead reject(RejectReason reason, String detail) {
        return new PageRead(null, new Rejection(reason, detail));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
