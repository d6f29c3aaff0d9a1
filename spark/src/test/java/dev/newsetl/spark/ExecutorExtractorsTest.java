package dev.newsetl.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.Reject;
import dev.newsetl.article.RejectReason;
import dev.newsetl.html.HtmlLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The executors' extractor applies the run's line and page limits, as the job's does with its settings. */
class ExecutorExtractorsTest {
    private static final Instant NOW = Instant.parse("2026-03-03T06:00:00Z");

    private static FileOutcome extract(long maxLineBytes, HtmlLimits html, InputDocument document) throws Exception {
        String dictionary = Files.readString(Path.of("config/aliases.tsv"));
        return ExecutorExtractors.get(dictionary, "config/aliases.tsv", NOW, false, null, maxLineBytes, html)
                .extract(document);
    }

    private static InputDocument page(int paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Harbour reopens</h1>");
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>The harbour reopened on Monday after repairs to the sea wall, the council said.</p>");
        }
        html.append("</article></body></html>");
        return InputDocument.of(
                "web/harbour.html",
                "web",
                html.toString().getBytes(StandardCharsets.UTF_8),
                new DocumentHints("text/html", null, null, null, null, null, null, java.util.List.of(), null, null));
    }

    @Test
    void aPageOverTheRunsNodeLimitIsRejectedAndUnderItIsAnArticle() throws Exception {
        HtmlLimits small = new HtmlLimits(HtmlLimits.DEFAULT.maxPageBytes(), 20);
        assertThat(extract(10 << 20, small, page(30)))
                .isInstanceOfSatisfying(
                        Reject.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.PAGE_TOO_COMPLEX));
        assertThat(extract(10 << 20, HtmlLimits.DEFAULT, page(30))).isNotInstanceOf(Reject.class);
    }

    @Test
    void aTextLineOverTheRunsLineLimitIsRejected() throws Exception {
        InputDocument text = InputDocument.of(
                "news/long.txt",
                "news",
                ("Harbour reopens\n\n" + "The harbour reopened on Monday. ".repeat(20) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(extract(100, HtmlLimits.DEFAULT, text))
                .isInstanceOfSatisfying(
                        Reject.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.LINE_TOO_LONG));
        assertThat(extract(10 << 20, HtmlLimits.DEFAULT, text)).isNotInstanceOf(Reject.class);
    }
}
