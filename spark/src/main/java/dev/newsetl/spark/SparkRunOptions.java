package dev.newsetl.spark;

import dev.newsetl.html.HtmlLimits;
import dev.newsetl.read.InputLimits;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runner's arguments, {@code --name=value}. Defaults are the Spring Batch job's
 * ({@code newsetl.input.extensions=txt,html,htm}, {@code newsetl.input.max-file-size=5MB},
 * {@code newsetl.names.dictionary=config/aliases.tsv}, {@code newsetl.job.partition-size=1000}).
 *
 * @param input         input root: a local path, or a shared mount at the same path on every executor
 * @param output        output root: a Hadoop path or URI (file:, hdfs:, s3a: ...)
 * @param runDate       the run date, the run directory is {@code run_date=<date>}
 * @param dictionary    alias dictionary: a Hadoop path or URI, read once on the driver and broadcast
 * @param ingestedAt    the ingested_at of every row, or null for the run's start on the driver
 * @param partitionSize input files per Spark partition (at least the default parallelism is used)
 * @param extensions    lower-case extensions of article files
 * @param maxFileSize   files over this many bytes are rejected as TOO_LARGE
 * @param recognizer    recognize names the dictionary lacks ({@code newsetl.names.recognizer}, default true)
 * @param model         the recognizer's model file, at the same local path on every executor; null for the
 *                      bundled model ({@code newsetl.names.model})
 * @param limits        the input limits besides the file size ({@code newsetl.input.max-inflated-size},
 *                      {@code max-record-size}, {@code max-line-length}, {@code max-json-depth}); its file size is
 *                      {@code maxFileSize}
 * @param html          the limits on web pages ({@code newsetl.html.max-page-size}, {@code newsetl.html.max-nodes})
 */
public record SparkRunOptions(
        String input,
        String output,
        LocalDate runDate,
        String dictionary,
        Instant ingestedAt,
        int partitionSize,
        Set<String> extensions,
        long maxFileSize,
        boolean recognizer,
        String model,
        InputLimits limits,
        HtmlLimits html)
        implements Serializable {
    public static final String USAGE = "usage: --input=DIR --output=DIR_OR_URI --run-date=YYYY-MM-DD"
            + " [--dictionary=config/aliases.tsv] [--ingested-at=2026-01-30T06:00:00Z] [--partition-size=1000]"
            + " [--extensions=txt,html,htm,warc,jsonl,ndjson,json] [--max-file-size=5242880] [--recognizer=true]"
            + " [--model=PATH] [--max-inflated-size=BYTES] [--max-record-size=BYTES] [--max-line-length=BYTES]"
            + " [--max-json-depth=64] [--max-page-size=BYTES] [--max-nodes=200000]";

    public SparkRunOptions {
        if (input == null || output == null || runDate == null) {
            throw new IllegalArgumentException("--input, --output and --run-date are required; " + USAGE);
        }
        if (partitionSize < 1) {
            throw new IllegalArgumentException("--partition-size must be at least 1");
        }
        if (maxFileSize < 1) {
            throw new IllegalArgumentException("--max-file-size must be at least 1 byte");
        }
        extensions = Set.copyOf(extensions);
        limits = (limits == null ? InputLimits.DEFAULTS : limits).withMaxFileSize(maxFileSize);
        html = html == null ? HtmlLimits.DEFAULT : html;
    }

    /** @throws IllegalArgumentException naming the argument that is wrong */
    public static SparkRunOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String input = values.remove("input");
        String output = values.remove("output");
        LocalDate runDate = parse("run-date", values.remove("run-date"), LocalDate::parse);
        String dictionary = values.getOrDefault("dictionary", "config/aliases.tsv");
        values.remove("dictionary");
        Instant ingestedAt = parse("ingested-at", values.remove("ingested-at"), Instant::parse);
        Integer partitionSize = parse("partition-size", values.remove("partition-size"), Integer::valueOf);
        Long maxFileSize = parse("max-file-size", values.remove("max-file-size"), Long::valueOf);
        String extensions = values.remove("extensions");
        String recognizer = values.remove("recognizer");
        if (recognizer != null && !recognizer.equals("true") && !recognizer.equals("false")) {
            throw new IllegalArgumentException("--recognizer=" + recognizer + " is not valid: true or false");
        }
        String model = values.remove("model");
        InputLimits d = InputLimits.DEFAULTS;
        long maxInflated = orDefault(
                parse("max-inflated-size", values.remove("max-inflated-size"), Long::valueOf), d.maxInflatedSize());
        long maxRecord =
                orDefault(parse("max-record-size", values.remove("max-record-size"), Long::valueOf), d.maxRecordSize());
        long maxLine =
                orDefault(parse("max-line-length", values.remove("max-line-length"), Long::valueOf), d.maxLineLength());
        int maxDepth =
                orDefault(parse("max-json-depth", values.remove("max-json-depth"), Integer::valueOf), d.maxJsonDepth());
        long maxPage = orDefault(
                parse("max-page-size", values.remove("max-page-size"), Long::valueOf),
                HtmlLimits.DEFAULT.maxPageBytes());
        int maxNodes = orDefault(
                parse("max-nodes", values.remove("max-nodes"), Integer::valueOf), HtmlLimits.DEFAULT.maxElements());
        InputLimits limits;
        HtmlLimits html;
        try {
            limits = new InputLimits(d.maxFileSize(), maxInflated, maxRecord, maxLine, maxDepth);
            html = new HtmlLimits(maxPage, maxNodes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; " + USAGE, e);
        }
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown argument(s) " + values.keySet() + "; " + USAGE);
        }
        return new SparkRunOptions(
                input,
                output,
                runDate,
                dictionary,
                ingestedAt,
                partitionSize == null ? 1000 : partitionSize,
                extensions == null
                        ? Set.of("txt", "html", "htm", "warc", "jsonl", "ndjson", "json")
                        : Arrays.stream(extensions.split(","))
                                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                                .filter(e -> !e.isEmpty())
                                .collect(Collectors.toSet()),
                maxFileSize == null ? 5L * 1024 * 1024 : maxFileSize,
                !"false".equals(recognizer),
                model == null || model.isBlank() ? null : model,
                limits,
                html);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + "=" + value + " is not valid: " + e.getMessage());
        }
    }
}
