package dev.newsetl.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A hot-methods summary of a JFR recording, which JDK 17's {@code jfr} tool cannot print ({@code jfr view} came in
 * JDK 21): execution samples counted by their top frame (self time), by every news-etl method on the stack
 * (inclusive time), by the library that owns the top frame, and by thread.
 *
 * <pre>java -cp ... dev.newsetl.bench.JfrHotFrames target/bench/job.jfr [top]</pre>
 */
public final class JfrHotFrames {

    /** Where a top frame's time is charged: the first prefix that matches, in this order. */
    private static final List<String[]> AREAS = List.of(
            new String[] {"dev.newsetl.names.", "news-etl names (matcher, folding, rewriter)"},
            new String[] {"dev.newsetl.extract.", "news-etl extract (dates, quotes, language, hashes)"},
            new String[] {"dev.newsetl.parse.", "news-etl parse"},
            new String[] {"dev.newsetl.read.", "news-etl read (listing, decoding)"},
            new String[] {"dev.newsetl.write.", "news-etl write (CSV, Parquet, staging)"},
            new String[] {"dev.newsetl.", "news-etl other"},
            new String[] {"org.apache.tika.parser.txt.", "charset detector (Tika's port of ICU's)"},
            new String[] {"org.apache.parquet.", "Parquet"},
            new String[] {"com.github.luben.zstd.", "zstd"},
            new String[] {"org.apache.commons.csv.", "Commons CSV"},
            new String[] {"org.h2.", "H2"},
            new String[] {"org.springframework.", "Spring"},
            new String[] {"tools.jackson.", "Jackson"},
            new String[] {"com.fasterxml.jackson.", "Jackson"},
            new String[] {"java.util.regex.", "JDK regex"},
            new String[] {"java.lang.String", "JDK strings"},
            new String[] {"java.lang.AbstractStringBuilder", "JDK strings"},
            new String[] {"java.lang.StringLatin1", "JDK strings"},
            new String[] {"java.lang.StringUTF16", "JDK strings"},
            new String[] {"java.util.", "JDK collections"},
            new String[] {"java.io.", "JDK I/O"},
            new String[] {"sun.nio.", "JDK I/O"},
            new String[] {"java.nio.", "JDK I/O"},
            new String[] {"sun.security.", "JDK crypto (SHA-256)"},
            new String[] {"java.security.", "JDK crypto (SHA-256)"},
            new String[] {"java.text.", "JDK text (Normalizer)"},
            new String[] {"jdk.internal.icu.", "JDK text (Normalizer)"},
            new String[] {"java.", "JDK other"},
            new String[] {"jdk.", "JDK other"},
            new String[] {"sun.", "JDK other"});

    private JfrHotFrames() {}

    public static void main(String[] args) throws IOException {
        System.out.print(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25));
    }

    static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                String topMethod = name(frames.get(0).getMethod());
                self.merge(topMethod, 1, Integer::sum);
                areas.merge(area(topMethod), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = name(frame.getMethod());
                    if (method.startsWith("dev.newsetl.") && seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                }
                var thread = event.getThread("sampledThread");
                String threadName = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                threads.merge(threadName.replaceAll("-?\\d+$", "-N"), 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d execution samples in %s%n", samples, recording.getFileName()));
        table(out, "Samples by library / area of the top frame", areas, samples, top);
        table(out, "Top frames (self time)", self, samples, top);
        table(out, "news-etl methods on the stack (inclusive time)", inclusive, samples, top);
        table(out, "Samples by thread", threads, samples, top);
        return out.toString();
    }

    private static String name(RecordedMethod method) {
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    static String area(String method) {
        for (String[] area : AREAS) {
            if (method.startsWith(area[0])) {
                return area[1];
            }
        }
        return "other";
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
        out.append('\n').append("| ").append(title).append(" | samples | % |\n| --- | ---: | ---: |\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %,d | %.1f |%n",
                        e.getKey(),
                        e.getValue(),
                        total == 0 ? 0.0 : 100.0 * e.getValue() / total)));
    }
}
