package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Article;
import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.Reject;
import dev.newsetl.article.RejectReason;
import dev.newsetl.html.HtmlLimits;
import dev.newsetl.names.AliasDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text with a line over newsetl.input.max-line-length is a reject, decided before decoding or parsing. */
class LineLengthLimitTest {
    private static final AliasDictionary DICTIONARY = AliasDictionary.load(Path.of("config/aliases.tsv"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-02T00:00:00Z"), ZoneOffset.UTC);
    private static final String ARTICLE = "Talks in Cairo\n\nThe mediators in Cairo said the talks went on until"
            + " late, and both delegations were hopeful about the next round.\n";

    @Test
    void aFiftyMegabyteSingleLineIsRejectedWithoutBeingParsed() {
        ArticleExtractor extractor = new ArticleExtractor(DICTIONARY, CLOCK);
        byte[] oneLine = new byte[50 * 1024 * 1024];
        Arrays.fill(oneLine, (byte) 'a');
        for (int i = 7; i < oneLine.length; i += 8) {
            oneLine[i] = ' ';
        }
        FileOutcome outcome = extractor.extract(InputDocument.of("wire/one-line.txt", "wire", oneLine));
        assertThat(outcome).isInstanceOf(Reject.class);
        assertThat(((Reject) outcome).reason()).isEqualTo(RejectReason.LINE_TOO_LONG);
        assertThat(((Reject) outcome).detail())
                .contains(ArticleExtractor.DEFAULT_MAX_LINE_BYTES + " bytes", "newsetl.input.max-line-length");
    }

    @Test
    void theLimitIsASettingAndArticlesUnderItAreParsed() {
        ArticleExtractor strict =
                new ArticleExtractor(DICTIONARY, CLOCK, LanguageDetector.shared(), 200, HtmlLimits.DEFAULT);
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertThat(strict.extract(InputDocument.of("wire/a.txt", "wire", article)))
                .isInstanceOf(Article.class);
        byte[] longer = (ARTICLE + "x".repeat(201) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(strict.extract(InputDocument.of("wire/b.txt", "wire", longer)))
                .isEqualTo(new Reject(
                        "wire/b.txt",
                        RejectReason.LINE_TOO_LONG,
                        "a line is over the limit of 200 bytes (newsetl.input.max-line-length)"));
    }

    @Test
    void htmlIsNotHeldToTheLineLimitOfPlainText() {
        // Minified pages are one long line; their own limits (node count) are the HTML reader's.
        ArticleExtractor strict =
                new ArticleExtractor(DICTIONARY, CLOCK, LanguageDetector.shared(), 10, HtmlLimits.DEFAULT);
        DocumentHints html = new DocumentHints("text/html", null, null, null, null, null, null, List.of(), null, null);
        FileOutcome outcome = strict.extract(
                InputDocument.of("web/page.html", "web", ARTICLE.getBytes(StandardCharsets.UTF_8), html));
        assertThat(outcome).isNotInstanceOf(Reject.class);
    }
}
