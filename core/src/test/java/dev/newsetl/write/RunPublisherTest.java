package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.extract.ContentHash;
import dev.newsetl.fs.Location;
import dev.newsetl.group.RunGrouper;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.read.InputFileLoader;
import dev.newsetl.read.InputRoot;
import dev.newsetl.read.ListingFile;
import dev.newsetl.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish step without Spring: a run prepared, extracted and written by the core classes, then published. The
 * bookkeeping here records what it is told, in order, so the ordering against the commit can be checked.
 */
class RunPublisherTest {
    private static final LocalDate DATE = LocalDate.of(2026, 2, 3);
    private static final int FILES = 12;

    @TempDir
    Path temp;

    private RunLayout layout;
    private final List<String> events = new ArrayList<>();

    /** Bookkeeping that notes each call and whether the run was visible at that moment. */
    private final class Recorded implements RunPublisher.Bookkeeping {
        @Override
        public void recordIngested(RunPartitions partitions) {
            events.add("ingested " + partitions.files() + " in " + partitions.count());
        }

        @Override
        public void recordPublished(RunManifest manifest) {
            events.add("published " + manifest.counts().get("files_read") + " visible="
                    + Files.exists(layout.published()));
        }
    }

    @BeforeEach
    void writeARun() throws Exception {
        Path input = Corpus.generate(temp.resolve("input"), FILES - 1, 5);
        Files.write(input.resolve("wire/empty.txt"), new byte[0]);
        layout = new RunLayout(temp.resolve("out"), DATE);
        new RunPreparation(layout).prepare(1, 5, InputRoot.listing(Location.local(input), Set.of("txt")), f -> true);
        ArticleExtractor extractor = new ArticleExtractor(
                AliasDictionary.load(Path.of("config/aliases.tsv")),
                Clock.fixed(Instant.parse("2026-02-03T00:00:00Z"), ZoneOffset.UTC));
        InputFileLoader loader = InputRoot.loader(Location.local(input), 1 << 20);
        RunPartitions partitions = RunPartitions.of(layout);
        for (int p = 0; p < partitions.count(); p++) {
            try (StagedPartitionWriter staged = new StagedPartitionWriter(layout.work(p))) {
                ListingFile.read(layout.listing(), partitions.from(p), partitions.to(p), listed -> {
                    InputDocument document = loader.load(listed);
                    staged.write(
                            extractor.extract(document),
                            document.bytes() == null ? "" : ContentHash.sha256Hex(document.bytes()));
                });
            }
        }
        // The group step, as the job runs it between extract and write: it also writes the stories table.
        try (StoriesTableWriter stories = new StoriesTableWriter(layout, ParquetSettings.DEFAULTS)) {
            new RunGrouper(layout::work).group(partitions.count(), stories);
        }
        for (int p = 0; p < partitions.count(); p++) {
            new PartitionPartWriter(layout, ParquetSettings.DEFAULTS).write(p);
        }
    }

    private RunPublisher publisher(RunPublisher.Bookkeeping bookkeeping) {
        return new RunPublisher(layout, new LocalRunDestination(layout.output(), DATE), bookkeeping);
    }

    private static RunPublisher.Execution execution(long instance) {
        return new RunPublisher.Execution(9, instance, "/in", Instant.parse("2026-02-03T01:00:00Z"));
    }

    @Test
    void publishesEveryListedFileOnceAndRecordsTheRunBeforeItIsVisible() throws Exception {
        RunPublisher.Result result = publisher(new Recorded()).publish(execution(1));

        assertThat(result.recovered()).isFalse();
        assertThat(RunPartitions.of(layout).count()).isEqualTo(3);
        assertThat(result.count("files_read")).isEqualTo(FILES);
        assertThat(result.count("articles") + result.count("rejects")).isEqualTo(FILES);
        assertThat(result.count("rejects")).isPositive();
        assertThat(events).containsExactly("ingested 12 in 3", "published 12 visible=false");
        Path run = layout.published();
        try (var csv = CsvPartWriter.FORMAT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(run.resolve("articles.csv")))) {
            assertThat(csv.getRecords()).hasSize((int) result.count("articles"));
        }
        assertThat(run.resolve("articles")).isDirectoryContaining("glob:**/part-00002.parquet");
        assertThat(run.resolve(RunReport.FILE)).exists();
        assertThat(new LocalRunDestination(layout.output(), DATE).completedManifest())
                .contains(result.manifest());
        assertThat(Files.readString(layout.output().resolve(RunLayout.LATEST))).isEqualTo("run_date=2026-02-03\n");
        assertThat(layout.publish()).doesNotExist();
        assertThat(layout.listing()).as("staging stays until the clean-up step").exists();

        RunPublisher.cleanUp(layout);
        assertThat(layout.output().resolve(RunLayout.STAGING)).doesNotExist();
        assertThat(run.resolve("articles.csv")).exists();
    }

    @Test
    void aRestartAfterTheCommitOnlyRedoesTheBookkeeping() throws Exception {
        RunPublisher.Result first = publisher(new Recorded()).publish(execution(1));
        events.clear();

        RunPublisher.Result again = publisher(new Recorded()).publish(execution(1));

        assertThat(again.recovered()).isTrue();
        assertThat(again.manifest()).isEqualTo(first.manifest());
        assertThat(events).containsExactly("ingested 12 in 3", "published 12 visible=true");
    }

    @Test
    void aFailedBookkeepingPublishesNothingAndLeavesTheAssemblyDone() throws Exception {
        RunPublisher.Bookkeeping failing = new RunPublisher.Bookkeeping() {
            @Override
            public void recordIngested(RunPartitions partitions) throws IOException {
                throw new IOException("database gone");
            }

            @Override
            public void recordPublished(RunManifest manifest) {
                events.add("published");
            }
        };
        assertThatThrownBy(() -> publisher(failing).publish(execution(1))).hasMessage("database gone");
        assertThat(layout.published()).doesNotExist();
        assertThat(events).isEmpty();
        // The assembler finished before the failure was reported: nothing is still writing into the folder.
        assertThat(layout.publish().resolve("name_candidates.csv")).exists();

        RunPublisher.Result retried = publisher(new Recorded()).publish(execution(1));
        assertThat(retried.recovered()).isFalse();
        assertThat(retried.count("files_read")).isEqualTo(FILES);
    }

    @Test
    void refusesToPublishWhenAPartitionLostFiles() throws Exception {
        Files.writeString(layout.work(1).resolve(PartitionParts.FILE), "");
        Files.writeString(layout.work(1).resolve(StagedPartitionWriter.REJECTS_FILE), "");
        assertThatThrownBy(() -> publisher(new Recorded()).publish(execution(1)))
                .hasMessageContaining("refusing to publish run_date=2026-02-03: 12 files listed");
        assertThat(layout.published()).doesNotExist();
    }
}
