package dev.newsetl.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Container records that are not articles and not faults either (a WARC's {@code warcinfo}, {@code request} and
 * {@code metadata} records, responses that are not HTML or not status 200): counted by kind, never rejected one by
 * one, so articles + rejects + skipped = records read.
 */
public final class SkippedRecords {
    /** Where a run's listing step keeps them, beside the listing. */
    public static final String FILE = "skipped-records.tsv";

    private final Map<String, Long> byKind = new TreeMap<>();

    public void add(String kind) {
        byKind.merge(kind, 1L, Long::sum);
    }

    public long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts by kind ({@code request}, {@code not_html}, {@code not_200}, ...), in name order. */
    public Map<String, Long> byKind() {
        return Map.copyOf(byKind);
    }

    public void save(Path file) {
        StringBuilder out = new StringBuilder();
        byKind.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The counts saved in {@code file}; none when it does not exist (a run listed before records were counted). */
    public static SkippedRecords load(Path file) {
        SkippedRecords skipped = new SkippedRecords();
        if (!Files.exists(file)) {
            return skipped;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    skipped.byKind.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return skipped;
    }
}
