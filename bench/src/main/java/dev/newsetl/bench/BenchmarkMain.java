package dev.newsetl.bench;

import dev.newsetl.bench.TimedCommand.Result;
import dev.newsetl.fs.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark of issue 6 in one invocation: generate (or reuse) the corpus, read it once with {@code cat}, run the
 * real jar on it as a user would (fresh JVM, H2 on disk, CSV and Parquet, fresh output directory) with each thread
 * count, run the DuckDB peer on the same files, optionally profile our job with JFR and run a 1,000,000-article
 * corpus under {@code -Xmx512m}, time the quick-start job, and print one table (also written to
 * {@code target/bench/results-<articles>.md}).
 *
 * <p>Started by {@code mvn -Pbenchmark -DskipTests verify} (see {@code docs/BENCHMARKS.md}) from the project root;
 * every option has a {@code bench.*} property there.
 */
public final class BenchmarkMain {

    private static final Pattern MANIFEST_COUNT = Pattern.compile("\"(files_read|articles|rejects)\"\\s*:\\s*(\\d+)");
    private static final Pattern PEER_ROWS = Pattern.compile("rows=(\\d+)");

    /** One line of the results table. */
    record Row(Result result, String threads, long files, long bytes, String note) {
        double filesPerSecond() {
            return files / result.wallSeconds();
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / result.wallSeconds();
        }
    }

    private final Map<String, String> options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path benchDir;
    private final Path logs;
    private static final String BOOT_JAR = "target/news-etl.jar";
    private final String java =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<Row> rows = new ArrayList<>();
    private final StringBuilder notes = new StringBuilder();
    private final StringBuilder stepNotes = new StringBuilder();

    private BenchmarkMain(Map<String, String> options) {
        this.options = options;
        this.benchDir = project.resolve(options.get("bench-dir"));
        this.logs = benchDir.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("articles", "200000");
        options.put("seed", "42");
        options.put("threads", "2,1");
        options.put("peer", "blob,text");
        options.put("cat", "true");
        options.put("profile", "true");
        options.put("million", "false");
        options.put("million-articles", "1000000");
        options.put("million-xmx", "512m");
        options.put("million-threads", ""); // thread counts of the large runs, e.g. 2,1; empty: the first of threads
        options.put("quickstart", "3");
        // The README's quick-start form: the extracted jar with the class-data archive the build records.
        options.put("jar", "target/app/news-etl.jar");
        options.put("cds-archive", "target/app/news-etl.jsa");
        options.put("bench-dir", "target/bench");
        options.put("run-date", "2026-01-31");
        options.put("jvm-args", "");
        options.put("spark", "false");
        options.put("one-core", "true");
        options.put("spark-master", "local[2]");
        // A folder of HTML pages to wrap in a WARC (response records, gzip per record, as CC-NEWS writes them), for a
        // WARC run beside the plain-text one: ../shared/realworld/html-eval/pages; empty: no WARC run.
        options.put("warc", "");
        options.put("warc-copies", "10");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (key == null || !options.containsKey(key)) {
                System.err.println("unknown option " + arg + "; options (with defaults): " + options);
                System.exit(2);
            }
            options.put(key, arg.substring(eq + 1));
        }
        new BenchmarkMain(options).run();
    }

    private void run() throws Exception {
        Path jar = project.resolve(options.get("jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -DskipTests package)");
        }
        Files.createDirectories(logs);
        String machine = machine();
        System.out.println(machine);
        int articles = Integer.parseInt(options.get("articles").replace("_", ""));
        long seed = Long.parseLong(options.get("seed"));
        Path corpus = corpus(articles, seed);
        long[] size = size(corpus);
        notes.append(String.format(
                Locale.ROOT,
                "- corpus: %s, %,d files, %,d bytes (%.1f MB, %.0f bytes/file)%n",
                project.relativize(corpus),
                size[0],
                size[1],
                size[1] / 1e6,
                (double) size[1] / size[0]));

        if (Boolean.parseBoolean(options.get("cat"))) {
            Result cat = TimedCommand.run(
                    "cat-" + articles,
                    List.of("sh", "-c", "find . -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null"),
                    corpus,
                    logs);
            rows.add(new Row(cat, "-", size[0], size[1], "read every file once (`find | xargs cat`)"));
        }
        List<Integer> threadCounts = counts("threads");
        Map<Integer, Row> ours = new LinkedHashMap<>();
        for (int threads : threadCounts) {
            Row row = ours("news-etl-" + articles + "-t" + threads, corpus, size, threads, List.of());
            ours.put(threads, row);
            rows.add(row);
        }
        if (!options.get("warc").isBlank()) {
            int threads = threadCounts.isEmpty() ? Runtime.getRuntime().availableProcessors() : threadCounts.get(0);
            Row warc = warc(threads);
            rows.add(warc);
            Row text = ours.get(threads);
            if (text != null && text.result().ok() && warc.result().ok()) {
                notes.append(String.format(
                        Locale.ROOT,
                        "- WARC run (%d threads): %,.0f pages/s (%,.1f MB/s of"
                                + " WARC records) against the plain-text run's %,.0f articles/s%n",
                        threads,
                        warc.filesPerSecond(),
                        warc.megabytesPerSecond(),
                        text.filesPerSecond()));
            }
        }
        // The 1-thread run still gets a second core for GC, the JIT compiler and H2; confining the whole JVM to one
        // core (taskset) gives the baseline that "2 threads on 2 cores" should be compared with as well.
        Row oneCore = null;
        if (Boolean.parseBoolean(options.get("one-core")) && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            oneCore = ours(
                    "news-etl-" + articles + "-t1-one-core",
                    corpus,
                    size,
                    1,
                    List.of(),
                    List.of("/usr/bin/taskset", "-c", "0"));
            rows.add(oneCore);
        }
        Map<String, Row> peers = new LinkedHashMap<>();
        for (String reader : options.get("peer").split(",")) {
            if (!reader.isBlank()) {
                Row row = peer(reader.trim(), corpus, size, articles);
                peers.put(reader.trim(), row);
                rows.add(row);
            }
        }
        if (Boolean.parseBoolean(options.get("spark"))) {
            Row row = spark(corpus, size, articles);
            rows.add(row);
            Row job = ours.get(2) != null
                    ? ours.get(2)
                    : ours.values().stream().findFirst().orElse(null);
            if (job != null && job.result().ok() && row.result().ok()) {
                notes.append(String.format(
                        Locale.ROOT,
                        "- Spark runner (%s) / news-etl job (%s threads): wall %.2f, CPU time %.2f%n",
                        options.get("spark-master"),
                        job.threads(),
                        row.result().wallSeconds() / job.result().wallSeconds(),
                        row.result().cpuSeconds() / Math.max(0.01, job.result().cpuSeconds())));
            }
        }
        String profile = "";
        if (Boolean.parseBoolean(options.get("profile")) && !threadCounts.isEmpty()) {
            profile = profile(corpus, size, articles, threadCounts.get(0));
        }
        if (Boolean.parseBoolean(options.get("million"))) {
            int million = Integer.parseInt(options.get("million-articles").replace("_", ""));
            Path big = corpus(million, seed);
            long[] bigSize = size(big);
            List<Integer> millionThreads = options.get("million-threads").isBlank()
                    ? List.of(threadCounts.isEmpty() ? Runtime.getRuntime().availableProcessors() : threadCounts.get(0))
                    : counts("million-threads");
            Map<Integer, Row> large = new LinkedHashMap<>();
            for (int threads : millionThreads) {
                Row row = ours(
                        "news-etl-" + million + "-t" + threads + "-xmx" + options.get("million-xmx"),
                        big,
                        bigSize,
                        threads,
                        List.of("-Xmx" + options.get("million-xmx")));
                rows.add(row);
                large.put(threads, row);
                Row base = ours.get(threads);
                if (base != null && base.result().ok() && row.result().ok()) {
                    double perFileSmall = 1e6 * base.result().wallSeconds() / base.files();
                    double perFileLarge = 1e6 * row.result().wallSeconds() / row.files();
                    notes.append(String.format(
                            Locale.ROOT,
                            "- per-file cost, %d threads: %.1f µs at %,d files, %.1f µs at %,d files with -Xmx%s: "
                                    + "%+.1f%%%n",
                            threads,
                            perFileSmall,
                            base.files(),
                            perFileLarge,
                            row.files(),
                            options.get("million-xmx"),
                            100 * (perFileLarge / perFileSmall - 1)));
                }
            }
            Row one = large.get(1);
            Row two = large.get(2);
            if (one != null && two != null && one.result().ok() && two.result().ok()) {
                notes.append(String.format(
                        Locale.ROOT,
                        "- speed-up 2 threads vs 1 at %,d files: %.2fx%n",
                        million,
                        one.result().wallSeconds() / two.result().wallSeconds()));
            }
        }
        int quickstartRuns = Integer.parseInt(options.get("quickstart"));
        List<Double> quick = new ArrayList<>();
        List<Double> quickBootJar = new ArrayList<>();
        for (int i = 1; i <= quickstartRuns; i++) {
            Row row = ours(
                    "quickstart-" + i,
                    project.resolve("input"),
                    size(project.resolve("input")),
                    Runtime.getRuntime().availableProcessors(),
                    List.of());
            rows.add(row);
            if (row.result().ok()) {
                quick.add(row.result().wallSeconds());
            }
        }
        // The same job from the single Boot jar, without the archive: what start-up costs without it.
        for (int i = 1; i <= quickstartRuns; i++) {
            Row row = ours(
                    "quickstart-boot-jar-" + i,
                    project.resolve("input"),
                    size(project.resolve("input")),
                    Runtime.getRuntime().availableProcessors(),
                    List.of(),
                    List.of(),
                    BOOT_JAR);
            rows.add(row);
            if (row.result().ok()) {
                quickBootJar.add(row.result().wallSeconds());
            }
        }
        summaries(ours, oneCore, peers, quick);
        if (!quickBootJar.isEmpty()) {
            notes.append(String.format(
                    Locale.ROOT,
                    "- quick start from %s (no class-data archive): median %.2f s%n",
                    BOOT_JAR,
                    quickBootJar.stream().sorted().toList().get(quickBootJar.size() / 2)));
        }
        String report = report(machine, profile);
        Path out = benchDir.resolve("results-" + articles + ".md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("written to " + project.relativize(out) + "; logs in " + project.relativize(logs));
    }

    /**
     * The job over one WARC of the given pages, each page {@code warc-copies} times under its own URL (request and
     * response records, one gzip member each): pages read a second, against the plain-text run's articles.
     */
    private Row warc(int threads) throws IOException, InterruptedException {
        Path pages = project.resolve(options.get("warc"));
        int copies = Integer.parseInt(options.get("warc-copies"));
        Path input = benchDir.resolve("warc-input-" + copies);
        Path file = input.resolve("cc/news.warc.gz");
        List<Path> html;
        try (var listed = Files.list(pages)) {
            html = listed.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        long uncompressed = 0;
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            dev.newsetl.testing.WarcFiles warc = new dev.newsetl.testing.WarcFiles(file, true);
            warc.warcinfo();
            Instant fetched = Instant.parse("2026-01-30T00:00:00Z");
            for (int copy = 0; copy < copies; copy++) {
                for (int i = 0; i < html.size(); i++) {
                    String url = "https://bench.example/" + copy + "/" + i + ".html";
                    warc.request(url);
                    warc.response(url, 200, "text/html", Files.readAllBytes(html.get(i)), fetched);
                }
            }
            warc.close();
        }
        for (Path page : html) {
            uncompressed += Files.size(page) * copies;
        }
        long pagesInWarc = (long) html.size() * copies;
        notes.append(String.format(
                Locale.ROOT,
                "- WARC: %s, %,d pages (%s x%d), %,d bytes of pages, %,d bytes" + " gzipped%n",
                project.relativize(file),
                pagesInWarc,
                options.get("warc"),
                copies,
                uncompressed,
                Files.size(file)));
        return ours(
                "news-etl-warc-" + pagesInWarc + "-t" + threads,
                input,
                new long[] {pagesInWarc, uncompressed},
                threads,
                List.of());
    }

    /** A comma-separated list of thread counts, such as {@code 2,1}; empty for none. */
    private List<Integer> counts(String option) {
        return Arrays.stream(options.get(option).split(","))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }

    private Path corpus(int articles, long seed) throws IOException, InterruptedException {
        StringBuilder log = new StringBuilder();
        Path corpus = CorpusGenerator.cached(
                benchDir,
                articles,
                seed,
                project.resolve("config/aliases.tsv"),
                Runtime.getRuntime().availableProcessors(),
                log);
        System.out.print(log);
        notes.append("- ")
                .append(log.toString().strip().replace(project + "/", ""))
                .append('\n');
        return corpus;
    }

    private Row ours(String name, Path input, long[] size, int threads, List<String> jvmArgs)
            throws IOException, InterruptedException {
        return ours(name, input, size, threads, jvmArgs, List.of());
    }

    /** @param wrapper a command the JVM runs under, such as taskset; empty for none */
    private Row ours(String name, Path input, long[] size, int threads, List<String> jvmArgs, List<String> wrapper)
            throws IOException, InterruptedException {
        return ours(name, input, size, threads, jvmArgs, wrapper, null);
    }

    /** @param bootJar run this self-contained jar without a class-data archive; null for the README's form */
    private Row ours(
            String name,
            Path input,
            long[] size,
            int threads,
            List<String> jvmArgs,
            List<String> wrapper,
            String bootJar)
            throws IOException, InterruptedException {
        Path output = benchDir.resolve("out").resolve(name);
        FileTrees.delete(output);
        List<String> command = new ArrayList<>(wrapper);
        command.add(java);
        String archive = options.get("cds-archive");
        if (bootJar == null && !archive.isBlank()) {
            command.add("-XX:SharedArchiveFile=" + project.resolve(archive));
        }
        command.addAll(jvmArgs);
        for (String extra : options.get("jvm-args").split(" ")) {
            if (!extra.isBlank()) {
                command.add(extra);
            }
        }
        command.addAll(List.of(
                "-jar",
                project.resolve(bootJar != null ? bootJar : options.get("jar")).toString(),
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=" + options.get("run-date"),
                "--newsetl.job.threads=" + threads));
        System.out.printf("running %s ...%n", name);
        LocalDateTime started = LocalDateTime.now();
        Result result = TimedCommand.run(name, command, project, logs);
        String note = manifestCounts(output);
        String steps = JobStepTimes.describe(output, started);
        if (!steps.isEmpty()) {
            stepNotes.append("- ").append(name).append(": ").append(steps).append('\n');
        }
        System.out.printf("  %s: exit %d, %.1f s, %s%n", name, result.exit(), result.wallSeconds(), note);
        return new Row(result, String.valueOf(threads), size[0], size[1], note);
    }

    /**
     * The Spark runner (dev.newsetl.spark.SparkRun) on the same corpus in a fresh JVM, master local[2] by default, with
     * this module's class path (which holds the runner and Spark) and the same extra JVM options as the job's runs.
     */
    private Row spark(Path corpus, long[] size, int articles) throws IOException, InterruptedException {
        String name = "spark-" + options.get("spark-master").replaceAll("[^A-Za-z0-9]+", "") + "-" + articles;
        Path output = benchDir.resolve("out").resolve(name);
        FileTrees.delete(output);
        Path tmp = benchDir.resolve("tmp");
        Files.createDirectories(tmp);
        // Without a configuration logback logs everything at DEBUG, which would slow Spark down.
        Path logback = benchDir.resolve("spark-logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String extra : options.get("jvm-args").split(" ")) {
            if (!extra.isBlank()) {
                command.add(extra);
            }
        }
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + tmp,
                "-Dlogback.configurationFile=" + logback,
                "-Dspark.master=" + options.get("spark-master"),
                "-Dspark.ui.enabled=false",
                "-Dspark.local.dir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.newsetl.spark.SparkRun",
                "--input=" + corpus,
                "--output=" + output,
                "--run-date=" + options.get("run-date"),
                "--dictionary=" + project.resolve("config/aliases.tsv")));
        System.out.printf("running %s ...%n", name);
        Result result = TimedCommand.run(name, command, project, logs);
        Matcher published =
                Pattern.compile("Published \\S+: (.*)").matcher(Files.readString(result.log(), StandardCharsets.UTF_8));
        String note =
                "Spark runner, " + (published.find() ? published.group(1) : "see " + project.relativize(result.log()));
        System.out.printf("  %s: exit %d, %.1f s, %s%n", name, result.exit(), result.wallSeconds(), note);
        return new Row(result, options.get("spark-master"), size[0], size[1], note);
    }

    private Row peer(String reader, Path corpus, long[] size, int articles) throws IOException, InterruptedException {
        String name = "duckdb-" + reader + "-" + articles;
        Path output = benchDir.resolve("out").resolve(name + ".parquet");
        Path tmp = benchDir.resolve("tmp");
        Files.createDirectories(tmp);
        List<String> command = List.of(
                java,
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                DuckDbPeer.class.getName(),
                "--input=" + corpus,
                "--output=" + output,
                "--threads=2",
                "--reader=" + reader);
        System.out.printf("running %s ...%n", name);
        Result result = TimedCommand.run(name, command, project, logs);
        String log = Files.readString(result.log(), StandardCharsets.UTF_8);
        Matcher rowsMatch = PEER_ROWS.matcher(log);
        String note;
        if (result.ok() && rowsMatch.find()) {
            note = String.format(Locale.ROOT, "%,d rows in one Parquet file", Long.parseLong(rowsMatch.group(1)));
        } else {
            Matcher error = Pattern.compile("could not read content of file '([^']+)' as valid UTF-8")
                    .matcher(log);
            note = "FAILED: "
                    + (error.find()
                            ? "not valid UTF-8: " + corpus.relativize(Path.of(error.group(1))) + ", after "
                                    + String.format(Locale.ROOT, "%.1f s", result.wallSeconds())
                            : "see " + project.relativize(result.log()));
        }
        note = (reader.equals("text") ? "`read_text` (the issue's query); " : "`read_blob` + `try(decode())`; ") + note;
        System.out.printf("  %s: exit %d, %.1f s, %s%n", name, result.exit(), result.wallSeconds(), note);
        return new Row(result, "2", size[0], size[1], note);
    }

    private String profile(Path corpus, long[] size, int articles, int threads)
            throws IOException, InterruptedException {
        Path jfr = benchDir.resolve("job-" + articles + ".jfr");
        Files.deleteIfExists(jfr);
        Row row = ours(
                "news-etl-" + articles + "-t" + threads + "-jfr",
                corpus,
                size,
                threads,
                List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true"));
        rows.add(new Row(row.result(), row.threads(), row.files(), row.bytes(), "with JFR profiling; " + row.note()));
        if (!Files.exists(jfr)) {
            return "(no JFR recording was written)\n";
        }
        String summary = JfrHotFrames.summarize(jfr, 25);
        Files.writeString(benchDir.resolve("job-" + articles + "-hot-frames.md"), summary, StandardCharsets.UTF_8);
        return summary;
    }

    private void summaries(Map<Integer, Row> ours, Row oneCore, Map<String, Row> peers, List<Double> quick) {
        Row best = ours.values().stream()
                .filter(r -> r.result().ok())
                .min((a, b) ->
                        Double.compare(a.result().wallSeconds(), b.result().wallSeconds()))
                .orElse(null);
        for (Map.Entry<String, Row> peer : peers.entrySet()) {
            if (best != null && peer.getValue().result().ok()) {
                notes.append(String.format(
                        Locale.ROOT,
                        "- ratio news-etl (%s threads) / DuckDB %s: wall %.2f, CPU time %.2f%n",
                        best.threads(),
                        peer.getKey(),
                        best.result().wallSeconds() / peer.getValue().result().wallSeconds(),
                        best.result().cpuSeconds()
                                / Math.max(0.01, peer.getValue().result().cpuSeconds())));
            }
        }
        Row one = ours.get(1);
        if (one != null && one.result().ok()) {
            for (Row other : ours.values()) {
                if (other != one && other.result().ok()) {
                    notes.append(String.format(
                            Locale.ROOT,
                            "- speed-up %s threads vs 1: %.2fx%n",
                            other.threads(),
                            one.result().wallSeconds() / other.result().wallSeconds()));
                }
            }
        }
        Row two = ours.get(2);
        if (oneCore != null
                && oneCore.result().ok()
                && two != null
                && two.result().ok()) {
            notes.append(String.format(
                    Locale.ROOT,
                    "- speed-up 2 threads on 2 cores vs 1 thread with the JVM confined to one core: %.2fx%n",
                    oneCore.result().wallSeconds() / two.result().wallSeconds()));
        }
        if (!quick.isEmpty()) {
            List<Double> sorted = quick.stream().sorted().toList();
            notes.append(String.format(
                    Locale.ROOT,
                    "- quick start (bundled input/, cold JVM): %s s; median %.2f s%n",
                    String.join(
                            ", ",
                            quick.stream()
                                    .map(q -> String.format(Locale.ROOT, "%.2f", q))
                                    .toList()),
                    sorted.get(sorted.size() / 2)));
        }
    }

    private String report(String machine, String profile) {
        StringBuilder out = new StringBuilder();
        out.append("# news-etl benchmark, ")
                .append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .append("\n\n");
        out.append(machine).append("\n\n");
        out.append(
                "| run | threads | wall s | files/s | MB/s | peak RSS MB | CPU s | CPU % | load1 before | result |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row row : rows) {
            Result r = row.result();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.2f | %,.0f | %.1f | %,.0f | %.1f | %.0f | %.2f | %s |%n",
                    r.name(),
                    row.threads(),
                    r.wallSeconds(),
                    row.filesPerSecond(),
                    row.megabytesPerSecond(),
                    r.maxRssKb() / 1024.0,
                    r.cpuSeconds(),
                    r.cpuPercent(),
                    r.load1(),
                    r.ok() ? row.note() : "exit " + r.exit() + "; " + row.note()));
        }
        out.append('\n').append(notes);
        if (stepNotes.length() > 0) {
            out.append("\nWhere each run's wall time went (Spring Batch step times from the run's H2 file):\n\n")
                    .append(stepNotes);
        }
        if (!profile.isEmpty()) {
            out.append("\n## JFR profile of the job\n\n").append(profile);
        }
        return out.toString();
    }

    private static String manifestCounts(Path output) throws IOException {
        Path manifest;
        try (Stream<Path> runs = Files.list(output)) {
            manifest = runs.filter(p -> p.getFileName().toString().startsWith("run_date="))
                    .map(p -> p.resolve("manifest.json"))
                    .filter(Files::exists)
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return "no output";
        }
        if (manifest == null) {
            return "no manifest";
        }
        Matcher m = MANIFEST_COUNT.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
        List<String> counts = new ArrayList<>();
        while (m.find()) {
            counts.add(m.group(1) + "=" + String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(2))));
        }
        return String.join(", ", counts);
    }

    /** Files and bytes under a tree. */
    private static long[] size(Path root) throws IOException {
        long[] size = new long[2];
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                size[0]++;
                try {
                    size[1] += Files.size(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return size;
    }

    private static String machine() {
        String cpu = "?";
        String memory = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("?");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> l.replaceAll("\\D+", ""))
                    .map(kb -> Long.parseLong(kb) / 1024 / 1024 + " GB")
                    .orElse("?");
        } catch (IOException | RuntimeException e) {
            // Not Linux: leave the question marks.
        }
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (%s), %s RAM, %s %s, Java %s; load average at start %.2f",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memory,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                TimedCommand.loadAverage());
    }
}
