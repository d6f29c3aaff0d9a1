package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The move into place, the manifest read back for a crashed publish's bookkeeping, and the clean-up after it. */
class RunPublisherTest {

    @Test
    void publishMovesTheRunAndItsManifestReadsBackEqual(@TempDir Path output) throws Exception {
        RunLayout layout = new RunLayout(output, LocalDate.of(2026, 2, 3));
        Files.createDirectories(layout.publish());
        Files.writeString(layout.publish().resolve("articles.csv"), "article_id\r\n");
        Files.writeString(layout.listing(), "");
        RunManifest manifest = new RunManifest(layout.runDate(), 7, 3, "/data/in",
                Instant.parse("2026-02-03T01:00:00Z"), Instant.parse("2026-02-03T01:05:00Z"),
                Map.of("articles", 0L, "rejects", 0L, "files_read", 0L),
                List.of(new PublishedFile("articles.csv", "csv", "articles", 0, 12, "ab".repeat(32))));
        RunPublisher publisher = new RunPublisher(layout);

        Path published = publisher.publish(manifest);

        assertThat(published).isEqualTo(layout.published());
        assertThat(published.resolve("articles.csv")).exists();
        assertThat(published.resolve(RunPublisher.SUCCESS)).exists();
        assertThat(layout.publish()).doesNotExist();
        assertThat(layout.listing()).as("staging stays until the clean-up step").exists();
        assertThat(RunPublisher.readManifest(published)).isEqualTo(manifest);

        publisher.cleanUp();
        assertThat(output.resolve(RunLayout.STAGING)).doesNotExist();
        assertThat(published.resolve("articles.csv")).exists();
    }
}
