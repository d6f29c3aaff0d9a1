package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsetl.fs.CommitMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one commit protocol on both implementations: java.nio, and the Hadoop client on the local file system (the
 * HDFS round trip is in HadoopFileSystemRunTest). Each case runs on every destination kind.
 */
class RunDestinationTest {
    private static final LocalDate DATE = LocalDate.of(2026, 2, 3);

    enum Kind {
        LOCAL,
        HADOOP_RENAME,
        HADOOP_DIRECT;

        RunDestination at(Path output, LocalDate date) throws Exception {
            if (this == LOCAL) {
                return new LocalRunDestination(output, date);
            }
            FileSystem fs = FileSystem.getLocal(new Configuration()).getRaw();
            return new HadoopRunDestination(
                    fs,
                    new org.apache.hadoop.fs.Path(output.toUri()),
                    date,
                    this == HADOOP_RENAME ? CommitMode.RENAME : CommitMode.DIRECT);
        }
    }

    static RunManifest manifest(LocalDate date, long instance) {
        return new RunManifest(
                date,
                7,
                instance,
                "/data/in",
                Instant.parse("2026-02-03T01:00:00Z"),
                Instant.parse("2026-02-03T01:05:00Z"),
                Map.of("articles", 1L, "rejects", 0L, "files_read", 1L),
                List.of(new PublishedFile("articles.csv", "csv", "articles", 1, 12, "ab".repeat(32))));
    }

    /** A run assembled in a local folder, as the job leaves it before the commit. */
    static Path assembled(Path dir, RunManifest manifest, String articles) throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles.csv"), articles);
        Files.writeString(dir.resolve("articles/part-00000.parquet"), "parquet bytes");
        RunPublisher.writeMarkers(dir, manifest);
        return dir;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void commitReplacesAnOlderRunOfTheDateWholeAndLeavesNoStaging(Kind kind, @TempDir Path temp) throws Exception {
        Path output = temp.resolve("out");
        Files.createDirectories(output.resolve("run_date=2026-02-03"));
        Files.writeString(output.resolve("run_date=2026-02-03/only-in-the-old-run.csv"), "old");
        RunDestination destination = kind.at(output, DATE);
        RunManifest manifest = manifest(DATE, 3);

        destination.stage(assembled(temp.resolve("assembled"), manifest, "article_id\r\nnew\r\n"));
        destination.commit();

        Path run = output.resolve("run_date=2026-02-03");
        assertThat(Files.readString(run.resolve("articles.csv"))).isEqualTo("article_id\r\nnew\r\n");
        assertThat(run.resolve("articles/part-00000.parquet")).exists();
        assertThat(run.resolve("only-in-the-old-run.csv")).doesNotExist();
        assertThat(output.resolve(RunLayout.STAGING)).doesNotExist();
        assertThat(destination.completedManifest()).contains(manifest);
        assertThat(destination.published()).endsWith("run_date=2026-02-03");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void latestNamesTheNewestCompletedDateNotTheLastOneCommitted(Kind kind, @TempDir Path temp) throws Exception {
        Path output = Files.createDirectories(temp.resolve("out"));
        assertThat(kind.at(output, DATE).updateLatest()).isEmpty();
        assertThat(output.resolve(RunLayout.LATEST)).doesNotExist();
        for (String date : List.of("2026-01-30", "2026-01-31", "2026-01-29")) {
            // The last one is an older date re-run with --force: latest stays on the newest date.
            RunDestination destination = kind.at(output, LocalDate.parse(date));
            destination.stage(assembled(temp.resolve("a-" + date), manifest(LocalDate.parse(date), 1), "x"));
            destination.commit();
            destination.updateLatest();
        }
        Files.createDirectories(output.resolve("run_date=2026-02-01")); // no _SUCCESS: being replaced
        Files.createDirectories(output.resolve("run_date=not-a-date"));
        Files.createDirectories(output.resolve("_staging/run_date=2026-03-01"));

        RunDestination destination = kind.at(output, DATE);
        assertThat(destination.updateLatest()).contains("run_date=2026-01-31");
        assertThat(Files.readString(output.resolve(RunLayout.LATEST))).isEqualTo("run_date=2026-01-31\n");
        assertThat(destination.latest()).contains("run_date=2026-01-31");
        assertThat(output.resolve(RunLayout.LATEST + ".tmp")).doesNotExist();
    }

    @Test
    void replacesLinksPlantedAsLatestOrItsTemporaryFileWithoutWritingThroughThem(@TempDir Path temp) throws Exception {
        Path output = Files.createDirectories(temp.resolve("out"));
        Path elsewhere = Files.writeString(temp.resolve("someone-elses-file"), "keep me\n");
        Path other = Files.writeString(temp.resolve("another-file"), "keep me too\n");
        Files.createSymbolicLink(output.resolve(RunLayout.LATEST + ".tmp"), elsewhere);
        Files.createSymbolicLink(output.resolve(RunLayout.LATEST), other);
        RunDestination destination = Kind.LOCAL.at(output, DATE);
        destination.stage(assembled(temp.resolve("a"), manifest(DATE, 1), "x"));
        destination.commit();

        assertThat(destination.updateLatest()).contains("run_date=2026-02-03");

        assertThat(Files.readString(elsewhere)).isEqualTo("keep me\n");
        assertThat(Files.readString(other)).isEqualTo("keep me too\n");
        assertThat(Files.isSymbolicLink(output.resolve(RunLayout.LATEST))).isFalse();
        assertThat(Files.readString(output.resolve(RunLayout.LATEST))).isEqualTo("run_date=2026-02-03\n");
        assertThat(output.resolve(RunLayout.LATEST + ".tmp")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRunWithoutSuccessHasNoCompletedManifestAndIsRedoneFromAClearStaging(Kind kind, @TempDir Path temp)
            throws Exception {
        Path output = temp.resolve("out");
        // What a copy cut short by a crash leaves, in staging (rename) or in the run folder itself (direct).
        Files.createDirectories(output.resolve("_staging/run_date=2026-02-03/publish"));
        Files.writeString(output.resolve("_staging/run_date=2026-02-03/publish/stray.csv"), "half");
        Files.createDirectories(output.resolve("run_date=2026-02-03"));
        Files.writeString(output.resolve("run_date=2026-02-03/manifest.json"), "{ half");
        RunDestination destination = kind.at(output, DATE);
        assertThat(destination.completedManifest()).isEmpty();

        destination.stage(assembled(temp.resolve("assembled"), manifest(DATE, 4), "article_id\r\n"));
        destination.commit();

        assertThat(output.resolve("run_date=2026-02-03/stray.csv")).doesNotExist();
        assertThat(output.resolve(RunLayout.STAGING)).doesNotExist();
        assertThat(destination.completedManifest().map(RunManifest::jobInstanceId))
                .contains(4L);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesToStageAFolderWithoutItsMarkers(Kind kind, @TempDir Path temp) throws Exception {
        Path half = Files.createDirectories(temp.resolve("half"));
        Files.writeString(half.resolve("articles.csv"), "article_id\r\n");
        RunDestination destination = kind.at(temp.resolve("out"), DATE);
        assertThatThrownBy(() -> destination.stage(half)).hasMessageContaining("cannot stage");
        assertThat(temp.resolve("out/run_date=2026-02-03")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEngineWritingItsOwnFilesCommitsTheSameWay(Kind kind, @TempDir Path temp) throws Exception {
        Path output = temp.resolve("out");
        RunDestination destination = kind.at(output, DATE);
        destination.clearStaging();
        destination.write("csv/articles/part-0.csv", "article_id\n".getBytes());
        destination.write(RunLayout.SUCCESS, new byte[0]);
        if (kind != Kind.HADOOP_DIRECT) {
            assertThat(output.resolve("run_date=2026-02-03"))
                    .as("nothing visible before the commit")
                    .doesNotExist();
        }
        destination.commit();
        assertThat(output.resolve("run_date=2026-02-03/csv/articles/part-0.csv"))
                .hasContent("article_id");
        assertThat(output.resolve("run_date=2026-02-03/_SUCCESS")).exists();
    }
}
