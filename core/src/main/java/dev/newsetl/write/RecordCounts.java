package dev.newsetl.write;

import dev.newsetl.read.SkippedRecords;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest's record counts beside files_read (the listing's entries: files and container records):
 * {@code records_skipped} (container records that are no article and no fault, by kind as {@code skipped_KIND})
 * and {@code records_read} = articles + rejects + skipped.
 */
public final class RecordCounts {
    private RecordCounts() {}

    public static Path skippedFile(RunLayout layout) {
        return layout.staging().resolve(SkippedRecords.FILE);
    }

    public static Map<String, Long> of(RunLayout layout, long listed) {
        SkippedRecords skipped = SkippedRecords.load(skippedFile(layout));
        Map<String, Long> counts = new TreeMap<>();
        counts.put("records_skipped", skipped.total());
        counts.put("records_read", listed + skipped.total());
        skipped.byKind().forEach((kind, n) -> counts.put("skipped_" + kind, n));
        return counts;
    }
}
