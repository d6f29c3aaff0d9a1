package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatestRunTest {

    static void completedRun(Path output, String date) throws Exception {
        Path run = Files.createDirectories(output.resolve("run_date=" + date));
        Files.write(run.resolve(RunPublisher.SUCCESS), new byte[0]);
    }

    @Test
    void namesTheNewestCompletedRunDateNotTheLastOneWritten(@TempDir Path output) throws Exception {
        assertThat(LatestRun.update(output)).isEmpty();
        assertThat(output.resolve(LatestRun.FILE)).doesNotExist();

        completedRun(output, "2026-01-30");
        assertThat(LatestRun.update(output)).contains("run_date=2026-01-30");
        completedRun(output, "2026-01-31");
        LatestRun.update(output);
        // An older date re-run with --force completes after the newer one: latest stays on the newest date.
        completedRun(output, "2026-01-29");
        LatestRun.update(output);

        assertThat(Files.readString(output.resolve(LatestRun.FILE))).isEqualTo("run_date=2026-01-31\n");
        assertThat(LatestRun.read(output)).contains("run_date=2026-01-31");
        assertThat(output.resolve(LatestRun.FILE + ".tmp")).doesNotExist();
    }

    @Test
    void ignoresRunsWithoutSuccessMarkerAndForeignFolders(@TempDir Path output) throws Exception {
        completedRun(output, "2026-01-30");
        Files.createDirectories(output.resolve("run_date=2026-02-01"));      // being replaced, no _SUCCESS
        Files.createDirectories(output.resolve("run_date=not-a-date"));
        Files.createDirectories(output.resolve("_staging/run_date=2026-03-01"));
        assertThat(LatestRun.update(output)).contains("run_date=2026-01-30");
    }

    @Test
    void replacesLinksPlantedAsLatestOrItsTemporaryFileWithoutWritingThroughThem(@TempDir Path temp)
            throws Exception {
        Path output = Files.createDirectories(temp.resolve("output"));
        Path elsewhere = Files.writeString(temp.resolve("someone-elses-file"), "keep me\n");
        Path other = Files.writeString(temp.resolve("another-file"), "keep me too\n");
        Files.createSymbolicLink(output.resolve(LatestRun.FILE + ".tmp"), elsewhere);
        Files.createSymbolicLink(output.resolve(LatestRun.FILE), other);
        completedRun(output, "2026-01-30");

        assertThat(LatestRun.update(output)).contains("run_date=2026-01-30");

        assertThat(Files.readString(elsewhere)).isEqualTo("keep me\n");
        assertThat(Files.readString(other)).isEqualTo("keep me too\n");
        assertThat(Files.isSymbolicLink(output.resolve(LatestRun.FILE))).isFalse();
        assertThat(Files.readString(output.resolve(LatestRun.FILE))).isEqualTo("run_date=2026-01-30\n");
        assertThat(output.resolve(LatestRun.FILE + ".tmp")).doesNotExist();
    }
}
