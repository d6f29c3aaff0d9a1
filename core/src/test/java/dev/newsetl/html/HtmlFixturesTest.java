package dev.newsetl.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * newspaper3k's news pages against the article text its authors expect ({@code realworld/html-fixtures}). Word
 * sets are compared: recall is the share of the expected text's words we extract, precision the share of ours that
 * the expected text has. Some expected files are not text but a note about newspaper3k's own failure ("MISSES
 * SECOND HALF OF ARTICLE"): those under {@value #MIN_EXPECTED_CHARS} characters are skipped.
 */
class HtmlFixturesTest {
    static final int MIN_EXPECTED_CHARS = 500;

    @Test
    void newsPagesGiveTheExpectedArticleText() throws IOException {
        assumeTrue(SharedData.present("realworld/html-fixtures/pages"), "shared html-fixtures absent");
        Path dir = SharedData.resolve("realworld/html-fixtures");
        WebPageReader reader = new WebPageReader(HtmlLimits.DEFAULT, HtmlEvaluation.CLOCK);
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir.resolve("pages"))) {
            pages = s.sorted().toList();
        }
        int compared = 0;
        double precisionSum = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            String expected = Files.readString(dir.resolve("expected-text").resolve(name + ".txt"));
            if (expected.strip().length() < MIN_EXPECTED_CHARS) {
                continue;
            }
            PageRead read = reader.read(Files.readAllBytes(page), DocumentHints.NONE);
            assertThat(read.rejection()).as(name).isNull();
            Set<String> want = words(expected);
            Set<String> got = words(String.join("\n", read.page().paragraphs()));
            Set<String> both = new HashSet<>(want);
            both.retainAll(got);
            double recall = (double) both.size() / want.size();
            double precision = (double) both.size() / got.size();
            System.out.printf(Locale.ROOT, "[html-fixtures] %s recall %.3f precision %.3f%n", name, recall, precision);
            assertThat(recall).as(name + " recall").isGreaterThanOrEqualTo(0.9);
            assertThat(read.page().title()).as(name + " title").isNotBlank();
            precisionSum += precision;
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(6);
        assertThat(precisionSum / compared).as("mean precision").isGreaterThanOrEqualTo(0.9);
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\W+")));
    }
}
