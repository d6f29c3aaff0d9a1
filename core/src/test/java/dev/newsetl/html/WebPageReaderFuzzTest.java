package dev.newsetl.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.DocumentHints;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Untrusted pages: whatever the bytes, the reader answers with a page or a rejection, and never throws. */
class WebPageReaderFuzzTest {
    private final WebPageReader reader = new WebPageReader(HtmlLimits.DEFAULT, HtmlEvaluation.CLOCK);

    private void readsWithoutThrowing(byte[] bytes, DocumentHints hints) {
        PageRead read = reader.read(bytes, hints);
        assertThat(read.page() != null || read.rejection() != null).isTrue();
        if (read.page() != null) {
            assertThat(read.page().paragraphs())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p).isNotBlank());
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(15);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            readsWithoutThrowing(bytes, DocumentHints.NONE);
        }
    }

    @Test
    void randomMarkup() {
        String[] pieces = {
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<a href='x'>",
            "</a>",
            "<br>",
            "<script>",
            "</script>",
            "<article>",
            "<figure>",
            "<figcaption>",
            "<table><tr><td>",
            "</td></tr></table>",
            "<li>",
            "<ul>",
            "<h1>",
            "</h1>",
            "<meta charset='",
            "'>",
            "<!--",
            "-->",
            "<![CDATA[",
            "&amp;",
            "&#xD800;",
            "\u0000",
            "Words of an article sentence here. ",
            "Ölçü ğ ş ı İ. ",
            "<script type='application/ld+json'>{\"@type\":",
            "\"NewsArticle\",\"headline\":[",
            "<time datetime='2020-13-45'>",
            "<meta property='og:title' content='"
        };
        Random random = new Random(17);
        for (int i = 0; i < 500; i++) {
            StringBuilder page = new StringBuilder();
            int n = random.nextInt(200);
            for (int j = 0; j < n; j++) {
                page.append(pieces[random.nextInt(pieces.length)]);
            }
            readsWithoutThrowing(
                    page.toString().getBytes(StandardCharsets.UTF_8),
                    new DocumentHints(
                            "text/html",
                            random.nextBoolean() ? "utf-8" : "x-bogus",
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null));
        }
    }

    @Test
    void deepNesting() {
        String deep = "<div><span><b>".repeat(20_000) + "A sentence of the deepest article text there is."
                + "</b></span></div>".repeat(20_000);
        readsWithoutThrowing(
                ("<html><body>" + deep + "</body></html>").getBytes(StandardCharsets.UTF_8), DocumentHints.NONE);
        String unclosed = "<p><i>".repeat(30_000) + "Text";
        readsWithoutThrowing(unclosed.getBytes(StandardCharsets.UTF_8), DocumentHints.NONE);
    }

    @Test
    void hugeAttributesAndJsonLd() {
        String attr = "x".repeat(2_000_000);
        String page = "<html><head><meta property='og:title' content='" + attr + "'>"
                + "<script type='application/ld+json'>" + "[".repeat(50_000) + "</script></head><body class='" + attr
                + "'><p id='" + attr + "'>" + "An ordinary sentence of article text, long enough to count. ".repeat(5)
                + "</p></body></html>";
        readsWithoutThrowing(page.getBytes(StandardCharsets.UTF_8), DocumentHints.NONE);
    }
}
