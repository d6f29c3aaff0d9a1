package dev.newsetl.write;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes report.html into a run: one self-contained page (inline CSS, inline SVG charts, no scripts, nothing
 * fetched) that a person opens offline to see what the run took in and what came out. Fed from the partitions'
 * {@link ReportCounts} and the run's rejects.csv, so it never holds articles.
 */
public final class RunReport {
    public static final String FILE = "report.html";
    static final int TOP = 20;
    /** Above this many published days the day chart shows months instead, so bars stay readable. */
    static final int MAX_DAY_BARS = 92;

    /**
     * What the report says about the run as a whole.
     *
     * @param counts files_read, articles, rejects, entities, quotes (as in the manifest)
     */
    public record Summary(
            LocalDate runDate,
            long jobExecutionId,
            String inputRoot,
            Instant startedAt,
            Instant finishedAt,
            Map<String, Long> counts) {
        public Summary {
            counts = Map.copyOf(counts);
        }

        long count(String key) {
            return counts.getOrDefault(key, 0L);
        }
    }

    private RunReport() {}

    /** Builds report.html in the run's publish folder from its partitions' counts and its rejects.csv. */
    public static PublishedFile publish(RunLayout layout, int partitions, Summary summary) {
        ReportCounts counts = new ReportCounts();
        for (int p = 0; p < partitions; p++) {
            counts.load(layout.work(p));
        }
        Map<String, Long> rejects = rejectsByReason(layout.publish().resolve(StagedPartitionWriter.REJECTS_FILE));
        return write(layout.publish(), summary, rejects, counts, StoriesTableWriter.largest(layout));
    }

    public static PublishedFile write(
            Path runDir, Summary summary, Map<String, Long> rejectsByReason, ReportCounts counts) {
        return write(runDir, summary, rejectsByReason, counts, List.of());
    }

    /** @param largestStories rows of the stories table (id, articles, sources, first, last, title, entities) */
    static PublishedFile write(
            Path runDir,
            Summary summary,
            Map<String, Long> rejectsByReason,
            ReportCounts counts,
            List<String[]> largestStories) {
        Path target = runDir.resolve(FILE);
        byte[] html = html(summary, rejectsByReason, counts, largestStories).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(target, html);
            PartitionPartWriter.sync(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return new PublishedFile(
                FILE,
                "html",
                "report",
                0,
                html.length,
                java.util.HexFormat.of().formatHex(Digests.sha256().digest(html)));
    }

    /** Streams rejects.csv (three short columns per row), keeping one counter per reason code. */
    static Map<String, Long> rejectsByReason(Path rejectsCsv) {
        Map<String, Long> reasons = new TreeMap<>();
        if (!Files.exists(rejectsCsv)) {
            return reasons;
        }
        try (Reader in = Files.newBufferedReader(rejectsCsv, StandardCharsets.UTF_8);
                CSVParser parser = CsvPartWriter.parseWithHeader(in)) {
            for (CSVRecord row : parser) {
                reasons.merge(row.get("reason"), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rejectsCsv, e);
        }
        return reasons;
    }

    /**
     * The page. Every piece goes through {@link Html}: a template of ours with escaped values, so whatever came from
     * input (sources, names, paths, reasons) can only ever be text.
     */
    static String html(Summary s, Map<String, Long> rejectsByReason, ReportCounts counts) {
        return html(s, rejectsByReason, counts, List.of());
    }

    static String html(
            Summary s, Map<String, Long> rejectsByReason, ReportCounts counts, List<String[]> largestStories) {
        Html.Builder h = new Html.Builder();
        String title = "news-etl run " + s.runDate();
        h.add("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .add("<title>{}</title>\n", title)
                .add(STYLE)
                .add("</head>\n<body>\n<h1>{}</h1>\n", title);
        h.add(
                "<p class=\"meta\">Job execution {} · input <code>{}</code> · published {}</p>\n",
                s.jobExecutionId(),
                s.inputRoot(),
                seconds(s.finishedAt()));

        long files = s.count("files_read");
        long articles = s.count("articles");
        h.add("<section class=\"tiles\">\n");
        tile(h, "files read", files);
        tile(h, "articles", articles);
        tile(h, "rejects", s.count("rejects"));
        if (s.count("records_skipped") > 0) {
            // Container records that are no article (WARC requests, metadata, non-HTML): read = articles +
            // rejects + these.
            tile(h, "skipped records", s.count("records_skipped"));
        }
        tile(h, "entity rows", s.count("entities"));
        tile(h, "quotes", s.count("quotes"));
        h.add("</section>\n");

        h.add("<h2>Duration and throughput</h2>\n<table class=\"kv\">\n");
        if (s.startedAt() != null && s.finishedAt() != null) {
            Duration took = Duration.between(s.startedAt(), s.finishedAt());
            double seconds = Math.max(took.toMillis(), 1) / 1000.0;
            row(h, "started", seconds(s.startedAt()));
            row(h, "finished", seconds(s.finishedAt()));
            row(h, "duration", duration(took));
            row(h, "files per second", String.format(Locale.ROOT, "%.1f", files / seconds));
            row(h, "articles per second", String.format(Locale.ROOT, "%.1f", articles / seconds));
        } else {
            row(h, "duration", "unknown");
        }
        h.add("</table>\n<p class=\"note\">Measured over the last execution; a resumed run counts only the"
                + " time since it was resumed.</p>\n");

        h.add("<h2>Rejects by reason</h2>\n");
        if (rejectsByReason.isEmpty()) {
            h.add("<p>No file was rejected.</p>\n");
        } else {
            h.add(horizontalBars(new ArrayList<>(rejectsByReason.entrySet()), "#e15759", "rejects"));
        }

        h.add("<h2>Articles per source</h2>\n");
        List<Map.Entry<String, Long>> sources = counts.sources();
        h.add(
                sources.isEmpty()
                        ? Html.of("<p>No articles.</p>\n")
                        : horizontalBars(topWithRest(sources, TOP, "other sources"), "#4e79a7", "sources"));

        h.add("<h2>Articles per published day</h2>\n");
        Map<LocalDate, Long> days = counts.days();
        if (days.isEmpty()) {
            h.add("<p>No article has a publication date.</p>\n");
        } else {
            h.add(dayColumns(days));
        }
        if (counts.undated() > 0) {
            h.add(
                    "<p class=\"note\">{} article(s) without a publication date are not in this chart.</p>\n",
                    counts.undated());
        }

        h.add("<h2>Top entities by mentions</h2>\n");
        List<ReportCounts.EntityTotal> top = counts.topEntities(TOP);
        if (top.isEmpty()) {
            h.add("<p>No entity was recognized.</p>\n");
        } else {
            h.add(entityBars(top)).add("<p class=\"legend\">");
            TYPE_COLORS.forEach((type, color) -> h.add(
                    "<span><svg width=\"10\" height=\"10\"><rect width=\"10\""
                            + " height=\"10\" fill=\"{}\"/></svg> {}</span>",
                    color,
                    type.toLowerCase(Locale.ROOT)));
            h.add("</p>\n");
        }
        largestStories(h, largestStories);
        h.add("<footer>Written by news-etl. Self-contained: no scripts, no network.</footer>\n</body>\n</html>\n");
        return h.build().toString();
    }

    static final Map<String, String> TYPE_COLORS = new LinkedHashMap<>();

    static {
        TYPE_COLORS.put("PERSON", "#4e79a7");
        TYPE_COLORS.put("ORGANIZATION", "#f28e2b");
        TYPE_COLORS.put("LOCATION", "#59a14f");
    }

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:24px auto;
              max-width:1100px;padding:0 16px;background:#fff}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;
              padding-bottom:4px}
            .meta,.note,footer{color:#666}.note{font-size:12px}footer{margin-top:32px;font-size:12px}
            code{background:#f3f3f3;padding:1px 4px;border-radius:3px}
            .tiles{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
            .tile{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:130px}
            .tile b{display:block;font-size:22px}.tile span{color:#666}
            table.kv td{padding:2px 16px 2px 0}table.kv td:first-child{color:#666}
            svg{display:block;max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#222}
            .legend span{margin-right:16px}.legend svg{display:inline-block;margin-right:4px}
            """;
    private static final Html STYLE = Html.of("<style>\n" + CSS + "</style>\n");

    private static void tile(Html.Builder h, String label, long value) {
        h.add("<div class=\"tile\"><b>{}</b><span>{}</span></div>\n", String.format(Locale.ROOT, "%,d", value), label);
    }

    private static void row(Html.Builder h, String key, String value) {
        h.add("<tr><td>{}</td><td>{}</td></tr>\n", key, value);
    }

    private static String seconds(Instant instant) {
        return instant == null
                ? "unknown"
                : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private static List<Map.Entry<String, Long>> topWithRest(
            List<Map.Entry<String, Long>> sorted, int limit, String rest) {
        if (sorted.size() <= limit) {
            return sorted;
        }
        List<Map.Entry<String, Long>> top = new ArrayList<>(sorted.subList(0, limit - 1));
        long others = sorted.subList(limit - 1, sorted.size()).stream()
                .mapToLong(Map.Entry::getValue)
                .sum();
        top.add(Map.entry(rest + " (" + (sorted.size() - limit + 1) + ")", others));
        return top;
    }

    private static Html horizontalBars(List<Map.Entry<String, Long>> bars, String color, String label) {
        List<String> colors = bars.stream().map(b -> color).toList();
        return horizontalBars(
                bars.stream().map(Map.Entry::getKey).toList(),
                bars.stream().map(Map.Entry::getValue).toList(),
                colors,
                label);
    }

    private static Html entityBars(List<ReportCounts.EntityTotal> top) {
        return horizontalBars(
                top.stream().map(ReportCounts.EntityTotal::name).toList(),
                top.stream().map(ReportCounts.EntityTotal::mentions).toList(),
                top.stream()
                        .map(e -> TYPE_COLORS.getOrDefault(e.type(), "#999"))
                        .toList(),
                "entities");
    }

    /** One bar per row, label on the left, value at the bar's end; widths relative to the largest value. */
    private static Html horizontalBars(List<String> labels, List<Long> values, List<String> colors, String label) {
        int labelWidth = 220;
        int barSpace = 560;
        int rowHeight = 22;
        int width = labelWidth + barSpace + 70;
        int height = labels.size() * rowHeight + 8;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        Html.Builder svg = new Html.Builder();
        svg.add(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{}\""
                        + " viewBox=\"0 0 {} {}\">\n",
                label,
                width,
                height,
                width,
                height);
        for (int i = 0; i < labels.size(); i++) {
            int y = 4 + i * rowHeight;
            long v = values.get(i);
            int w = (int) Math.max(v > 0 ? 2 : 0, Math.round((double) v / max * barSpace));
            svg.add(
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                    labelWidth - 8,
                    y + 15,
                    shorten(labels.get(i), 34));
            svg.add(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}: {}</title></rect>",
                    labelWidth,
                    y + 3,
                    w,
                    rowHeight - 6,
                    colors.get(i),
                    labels.get(i),
                    v);
            svg.add("<text x=\"{}\" y=\"{}\">{}</text>\n", labelWidth + w + 6, y + 15, v);
        }
        return svg.add("</svg>\n").build();
    }

    /** Columns in date order with a zero-based y axis; days without articles inside the range show as gaps. */
    private static Html dayColumns(Map<LocalDate, Long> days) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        LocalDate first = days.keySet().iterator().next();
        LocalDate last = ((TreeMap<LocalDate, Long>) days).lastKey();
        boolean monthly = first.plusDays(MAX_DAY_BARS).isBefore(last);
        if (monthly) {
            for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                buckets.put(m.toString(), 0L);
            }
            days.forEach((d, n) -> buckets.merge(YearMonth.from(d).toString(), n, Long::sum));
        } else {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                buckets.put(d.toString(), days.getOrDefault(d, 0L));
            }
        }
        int left = 40;
        int plotWidth = 980;
        int plotHeight = 200;
        int n = buckets.size();
        double slot = (double) plotWidth / Math.max(n, 1);
        double barWidth = Math.max(1, Math.min(28, slot * 0.8));
        long max = Math.max(
                1, buckets.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int labelEvery = Math.max(1, (int) Math.ceil(n / 14.0));
        int width = left + plotWidth + 10;
        int height = plotHeight + 60;
        Html.Builder svg = new Html.Builder();
        svg.add(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"articles per {}\" width=\"{}\""
                        + " height=\"{}\" viewBox=\"0 0 {} {}\">\n",
                monthly ? "month" : "day",
                width,
                height,
                width,
                height);
        svg.add(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>",
                left,
                plotHeight + 10,
                left + plotWidth,
                plotHeight + 10);
        svg.add(
                "<text x=\"{}\" y=\"16\" text-anchor=\"end\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">0"
                        + "</text>\n",
                left - 6,
                max,
                left - 6,
                plotHeight + 10);
        int i = 0;
        for (Map.Entry<String, Long> bucket : buckets.entrySet()) {
            double x = left + i * slot + (slot - barWidth) / 2;
            double h = (double) bucket.getValue() / max * (plotHeight - 10);
            svg.add(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#76b7b2\"><title>{}: {}</title></rect>",
                    decimal(x),
                    decimal(plotHeight + 10 - h),
                    decimal(barWidth),
                    decimal(h),
                    bucket.getKey(),
                    bucket.getValue());
            if (i % labelEvery == 0) {
                svg.add(
                        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                        decimal(x + barWidth / 2),
                        plotHeight + 28,
                        monthly ? bucket.getKey() : bucket.getKey().substring(5));
            }
            svg.add("\n");
            i++;
        }
        svg.add(
                "<text x=\"{}\" y=\"{}\">articles per {}, {} to {}</text>\n",
                left,
                plotHeight + 50,
                monthly ? "month" : "day",
                first,
                last);
        return svg.add("</svg>\n").build();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The largest stories of the run (more than one article); every cell came from input and is escaped. */
    private static void largestStories(Html.Builder h, List<String[]> stories) {
        List<String[]> shown =
                stories.stream().filter(r -> r.length == 7 && !r[1].equals("1")).toList();
        if (shown.isEmpty()) {
            return;
        }
        h.add("<h2>Largest stories</h2>\n<table>\n<tr><th>articles</th><th>sources</th><th>dates</th>"
                + "<th>first title</th><th>entities</th></tr>\n");
        for (String[] r : shown) {
            String dates = r[3].isEmpty() ? "" : r[3].equals(r[4]) ? r[3] : r[3] + " to " + r[4];
            h.add("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", r[1], r[2], dates, r[5], r[6]);
        }
        h.add("</table>\n");
    }
}
