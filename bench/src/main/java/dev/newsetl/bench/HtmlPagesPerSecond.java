package dev.newsetl.bench;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.html.HtmlLimits;
import dev.newsetl.html.WebPageReader;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Pages a second on one thread for the HTML path, on the 304 pages of {@code realworld/html-eval} held in memory
 * (no disk in the timing): the page reader alone (charset, DOM, metadata, main text), then the whole per-article
 * pipeline ({@link ArticleExtractor}: names, quotes, language, hashes as well). Warm-up passes first, then timed
 * passes; the best pass is reported, as a shared machine only ever slows a pass down (docs/BENCHMARKS.md#web-pages).
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.newsetl.bench.HtmlPagesPerSecond [passes]</pre>
 */
public final class HtmlPagesPerSecond {
    private HtmlPagesPerSecond() {}

    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = SharedData.resolve("realworld/html-eval/pages");
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                pages.add(b);
                bytes += b.length;
            }
        }
        WebPageReader reader = new WebPageReader(HtmlLimits.DEFAULT, Clock.systemUTC());
        DocumentHints hints = new DocumentHints("text/html", null, null, null, null, null, null, List.of(), null, null);
        ArticleExtractor extractor =
                new ArticleExtractor(AliasDictionary.load(Path.of("config/aliases.tsv")), Clock.systemUTC());
        List<InputDocument> documents = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            documents.add(InputDocument.of("web/" + i + ".html", "web", pages.get(i), hints));
        }
        System.out.printf(
                Locale.ROOT,
                "%d pages, %.1f MB, %d passes after 2 warm-up passes, 1 thread%n",
                pages.size(),
                bytes / 1e6,
                passes);
        report("WebPageReader", pages.size(), bytes, passes, () -> pages.forEach(p -> reader.read(p, hints)));
        report("ArticleExtractor", pages.size(), bytes, passes, () -> documents.forEach(extractor::extract));
    }

    private static void report(String what, int pages, long bytes, int passes, Runnable pass) {
        for (int i = 0; i < 2; i++) {
            pass.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            pass.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-17s best pass %.2f s: %.0f pages/s, %.1f MB/s, %.2f ms a page%n",
                what,
                seconds,
                pages / seconds,
                bytes / 1e6 / seconds,
                seconds * 1000 / pages);
    }
}
