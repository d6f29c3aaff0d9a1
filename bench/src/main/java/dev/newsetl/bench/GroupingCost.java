package dev.newsetl.bench;

import dev.newsetl.article.Article;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.group.ArticleSignature;
import dev.newsetl.group.DocumentFrequencies;
import dev.newsetl.group.RunGrouper;
import dev.newsetl.names.AliasDictionary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The grouping's cost per article, in process, in CPU time of the measuring thread: the signature's share of
 * extraction ({@link ArticleSignature#of}), its staged size, and the two passes of {@link RunGrouper.OrderedPass},
 * over the first N files of a generated corpus in listing order.
 *
 * <pre>java -cp ... dev.newsetl.bench.GroupingCost --corpus=DIR [--articles=N] [--repeat=R]</pre>
 */
public final class GroupingCost {
    private GroupingCost() {}

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        int limit = Integer.MAX_VALUE;
        int repeat = 3;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--corpus=")) {
                corpus = Path.of(value);
            } else if (arg.startsWith("--articles=")) {
                limit = Integer.parseInt(value.replace("_", ""));
            } else if (arg.startsWith("--repeat=")) {
                repeat = Integer.parseInt(value);
            }
        }
        if (corpus == null) {
            System.err.println("usage: --corpus=DIR [--articles=N] [--repeat=R]");
            System.exit(2);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor(
                AliasDictionary.load(Path.of("config/aliases.tsv")),
                Clock.fixed(Instant.parse("2026-01-31T00:00:00Z"), ZoneOffset.UTC));
        List<Path> files;
        Path root = corpus;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().limit(limit).toList();
        }
        List<Article> articles = new ArrayList<>(files.size());
        for (Path f : files) {
            String rel = root.relativize(f).toString();
            String source = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "input";
            FileOutcome o = extractor.extract(InputDocument.of(rel, source, Files.readAllBytes(f)));
            if (o instanceof Article a) {
                articles.add(a);
            }
        }
        int n = articles.size();
        System.out.printf(
                "%,d articles of %,d files; load %s%n",
                n, files.size(), Files.readString(Path.of("/proc/loadavg")).trim());
        List<byte[]> staged = new ArrayList<>(n);
        for (int r = 0; r < repeat; r++) {
            staged.clear();
            long bytes = 0;
            long t0 = cpu.getCurrentThreadCpuTime();
            for (Article a : articles) {
                byte[] b = ArticleSignature.of(a).toBytes();
                bytes += b.length;
                staged.add(b);
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            System.out.printf(
                    "signature: %.1f µs/article CPU, %.0f staged bytes/article%n",
                    (t1 - t0) / 1e3 / n, bytes / (double) n);
        }
        for (int r = 0; r < repeat; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            DocumentFrequencies frequencies = new DocumentFrequencies();
            for (byte[] b : staged) {
                frequencies.add(ArticleSignature.fromBytes(b));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            long[] stories = new long[1];
            RunGrouper.OrderedPass pass = new RunGrouper.OrderedPass(frequencies, row -> stories[0]++);
            long duplicates = 0;
            long digest = 0;
            for (byte[] b : staged) {
                RunGrouper.Grouping g = pass.next(ArticleSignature.fromBytes(b));
                duplicates += g.duplicateOf() == null ? 0 : 1;
                digest = digest * 31 + g.storyId().hashCode();
            }
            pass.finish();
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf(
                    "pass 1: %.1f µs/article, pass 2: %.1f µs/article CPU; %,d duplicates, %,d stories,"
                            + " digest %x; load %s%n",
                    (t1 - t0) / 1e3 / n,
                    (t2 - t1) / 1e3 / n,
                    duplicates,
                    stories[0],
                    digest,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }
}
