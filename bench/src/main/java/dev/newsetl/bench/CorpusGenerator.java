package dev.newsetl.bench;

import dev.newsetl.bench.ArticleComposer.Draft;
import dev.newsetl.fs.FileTrees;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes a deterministic benchmark corpus: N articles (about 1.1 KB each) in four source folders and the three input
 * shapes, about 2% near-duplicates of earlier articles and 0.1% bad files (empty, blank, binary).
 *
 * <p>File {@code i} depends only on the seed, {@code i} and the alias dictionary, so the corpus is the same with any
 * number of writer threads, and memory stays flat: each thread builds one article, writes it and forgets it.
 *
 * <pre>java -cp ... dev.newsetl.bench.CorpusGenerator --out=DIR --articles=N --seed=S [--aliases=FILE] [--threads=T]</pre>
 */
public final class CorpusGenerator {

    /** Bump when the generated text changes, so cached corpora are rebuilt. */
    static final int VERSION = 1;

    private static final int NEAR_DUPLICATES_PER_10K = 200;
    private static final int BAD_FILES_PER_10K = 10;
    private static final int NEAR_DUPLICATE_LOOKBACK = 2_000;
    private static final int BLOCK = 512;

    /** What a generation wrote; {@code articles} is what the job should turn into articles (files minus bad). */
    public record Stats(long files, long bytes, long articles, long nearDuplicates, long badFiles, double seconds) {}

    private final NameVariants names;
    private final ArticleComposer composer;
    private final long seed;

    CorpusGenerator(Path aliases, long seed) {
        this.names = NameVariants.load(aliases);
        this.composer = new ArticleComposer(names);
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        Path out = null;
        int articles = 0;
        long seed = 42;
        Path aliases = Path.of("config/aliases.tsv");
        int threads = Runtime.getRuntime().availableProcessors();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--out=")) {
                out = Path.of(value);
            } else if (arg.startsWith("--articles=")) {
                articles = Integer.parseInt(value.replace("_", ""));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(value);
            } else if (arg.startsWith("--aliases=")) {
                aliases = Path.of(value);
            } else if (arg.startsWith("--threads=")) {
                threads = Integer.parseInt(value);
            } else {
                System.err.println("unknown option " + arg
                        + "; usage: --out=DIR --articles=N [--seed=S] [--aliases=FILE] [--threads=T]");
                System.exit(2);
            }
        }
        if (out == null || articles <= 0) {
            System.err.println("usage: --out=DIR --articles=N [--seed=S] [--aliases=FILE] [--threads=T]");
            System.exit(2);
        }
        Stats stats = new CorpusGenerator(aliases, seed).generate(out, articles, threads);
        System.out.printf(
                "wrote %,d files (%,d bytes; %,d articles, %,d near-duplicates, %,d bad) to %s in %.1f s%n",
                stats.files(),
                stats.bytes(),
                stats.articles(),
                stats.nearDuplicates(),
                stats.badFiles(),
                out,
                stats.seconds());
    }

    /**
     * The corpus for ({@code articles}, {@code seed}) under {@code benchDir}, generated only when no complete copy
     * made by this generator version from the same dictionary is there. A marker written last says it is complete.
     */
    static Path cached(Path benchDir, int articles, long seed, Path aliases, int threads, StringBuilder log)
            throws IOException, InterruptedException {
        Path dir = benchDir.resolve("corpus-n" + articles + "-s" + seed);
        Path marker = benchDir.resolve("corpus-n" + articles + "-s" + seed + ".properties");
        String key = "v" + VERSION + "-" + sha256(Files.readAllBytes(aliases));
        if (Files.exists(marker) && Files.isDirectory(dir)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(marker)) {
                p.load(in);
            }
            if (key.equals(p.getProperty("key"))) {
                log.append("corpus: reusing ")
                        .append(dir)
                        .append(" (")
                        .append(p.getProperty("files"))
                        .append(" files)\n");
                return dir;
            }
        }
        Files.deleteIfExists(marker);
        FileTrees.delete(dir);
        Stats stats = new CorpusGenerator(aliases, seed).generate(dir, articles, threads);
        Properties p = new Properties();
        p.setProperty("key", key);
        p.setProperty("files", String.valueOf(stats.files()));
        p.setProperty("bytes", String.valueOf(stats.bytes()));
        p.setProperty("articles", String.valueOf(stats.articles()));
        p.setProperty("nearDuplicates", String.valueOf(stats.nearDuplicates()));
        p.setProperty("badFiles", String.valueOf(stats.badFiles()));
        p.setProperty("seconds", String.format(java.util.Locale.ROOT, "%.1f", stats.seconds()));
        try (var w = Files.newBufferedWriter(marker)) {
            p.store(w, "news-etl benchmark corpus; delete to regenerate");
        }
        log.append(String.format(
                java.util.Locale.ROOT,
                "corpus: generated %,d files (%,d bytes, %,d near-duplicates, %,d bad) in %.1f s into %s%n",
                stats.files(),
                stats.bytes(),
                stats.nearDuplicates(),
                stats.badFiles(),
                stats.seconds(),
                dir));
        return dir;
    }

    Stats generate(Path out, int articles, int threads) throws InterruptedException {
        long start = System.nanoTime();
        Set<String> madeDirs = ConcurrentHashMap.newKeySet();
        AtomicInteger nextBlock = new AtomicInteger();
        LongAdder bytes = new LongAdder();
        LongAdder nearDuplicates = new LongAdder();
        LongAdder bad = new LongAdder();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
            Thread worker = new Thread(
                    () -> {
                        try {
                            for (int from = nextBlock.getAndAdd(BLOCK);
                                    from < articles && failure.get() == null;
                                    from = nextBlock.getAndAdd(BLOCK)) {
                                for (int i = from; i < Math.min(articles, from + BLOCK); i++) {
                                    bytes.add(writeOne(out, i, madeDirs, nearDuplicates, bad));
                                }
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "corpus-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("corpus generation failed in " + out, failure.get());
        }
        return new Stats(
                articles,
                bytes.sum(),
                articles - bad.sum(),
                nearDuplicates.sum(),
                bad.sum(),
                (System.nanoTime() - start) / 1e9);
    }

    private long writeOne(Path out, int index, Set<String> madeDirs, LongAdder nearDuplicates, LongAdder bad)
            throws IOException {
        SplittableRandom control = random(seed, index, 0);
        int kind = control.nextInt(10_000);
        byte[] bytes;
        String path;
        if (kind < BAD_FILES_PER_10K) {
            Draft draft = composer.compose(random(seed, index, 1));
            path = ArticleLayout.relativePath(index, draft);
            bytes = ArticleLayout.badFile(control);
            bad.increment();
        } else {
            Draft draft;
            if (kind < BAD_FILES_PER_10K + NEAR_DUPLICATES_PER_10K && index > 0) {
                int original = index - 1 - control.nextInt(Math.min(index, NEAR_DUPLICATE_LOOKBACK));
                draft = composer.nearDuplicate(composer.compose(random(seed, original, 1)), control);
                nearDuplicates.increment();
            } else {
                draft = composer.compose(random(seed, index, 1));
            }
            path = ArticleLayout.relativePath(index, draft);
            bytes = ArticleLayout.encode(ArticleLayout.text(draft, control), control);
        }
        Path file = out.resolve(path);
        Path dir = file.getParent();
        // Remembered only once it exists: another thread that finds it in the set may write into it at once.
        if (!madeDirs.contains(dir.toString())) {
            Files.createDirectories(dir);
            madeDirs.add(dir.toString());
        }
        // A plain FileOutputStream: on this kind of machine it creates small files about twice as fast as
        // Files.write, and creating 200,000 files is most of the generator's time.
        try (FileOutputStream stream = new FileOutputStream(file.toFile())) {
            stream.write(bytes);
        }
        return bytes.length;
    }

    /** Independent streams per (seed, file, purpose): article {@code i}'s text never depends on other files. */
    static SplittableRandom random(long seed, int index, int stream) {
        long x = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(x ^ (x >>> 31));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
