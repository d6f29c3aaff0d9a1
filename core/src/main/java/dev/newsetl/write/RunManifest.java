package dev.newsetl.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The content of manifest.json: which run this is, what went in, what came out.
 *
 * @param counts files_read, articles, rejects, entities, quotes
 */
public record RunManifest(
        LocalDate runDate,
        long jobExecutionId,
        long jobInstanceId,
        String inputRoot,
        Instant startedAt,
        Instant publishedAt,
        Map<String, Long> counts,
        List<PublishedFile> files) {
    public RunManifest {
        counts = Map.copyOf(counts);
        files = List.copyOf(files);
    }
}
