package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A symbolic link planted inside the output folder, pointing at a folder outside it, is never written through: the
 * run refuses, before anything starts when the output is given on the command line, and in its first step when it
 * comes from a setting; the folder the link points to stays as it was.
 */
class PlantedOutputLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"_staging", "_staging/run_date=2026-02-02", "run_date=2026-02-02", "_meta"})
    void aRunGivenTheOutputRefusesALinkPlantedInIt(String planted, @TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = Files.createDirectories(temp.resolve("output"));
        Path outside = plant(output, planted, temp);

        Cli.Result result = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2026-02-02");

        assertThat(result.exitCode()).as(result.err()).isNotZero();
        assertThat(result.err()).contains(output.resolve(planted).toString()).contains("symbolic link");
        assertUntouched(outside);
        assertThat(output.resolve("run_date=2026-02-02/_SUCCESS")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_staging", "_staging/run_date=2026-02-02", "run_date=2026-02-02"})
    void aRunConfiguredBySettingRefusesItInItsFirstStep(String planted, @TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = Files.createDirectories(temp.resolve("output"));
        Path outside = plant(output, planted, temp);

        Cli.Result result =
                Cli.run("run", "--input=" + input, "--newsetl.output.dir=" + output, "--run-date=2026-02-02");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out() + result.err()).contains("symbolic link");
        assertUntouched(outside);
        assertThat(output.resolve("run_date=2026-02-02/_SUCCESS")).doesNotExist();
    }

    /** Links {@code output/planted} to a folder outside holding one file; returns that folder. */
    private static Path plant(Path output, String planted, Path temp) throws Exception {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("precious.txt"), "not the job's\n");
        Path link = output.resolve(planted);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, outside);
        return outside;
    }

    private static void assertUntouched(Path outside) throws Exception {
        try (Stream<Path> files = Files.walk(outside)) {
            assertThat(files.map(p -> outside.relativize(p).toString()).toList())
                    .containsExactlyInAnyOrder("", "precious.txt");
        }
        assertThat(Files.readString(outside.resolve("precious.txt"))).isEqualTo("not the job's\n");
    }
}
