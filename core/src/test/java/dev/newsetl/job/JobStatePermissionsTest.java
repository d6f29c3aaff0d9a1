package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's state ({@code _meta/}: job repository, run lock) is its owner's alone, state left readable by an older
 * version is tightened, and the published run keeps the permissions any file of this user gets (analysts read it).
 * Read back as POSIX permissions after a real run.
 */
class JobStatePermissionsTest {

    @Test
    void jobStateIsOwnerOnlyAndThePublishedRunIsNot(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        // State left by an older version: an ordinary folder with an ordinary file in it.
        Path meta = Files.createDirectories(output.resolve("_meta"));
        Files.setPosixFilePermissions(meta, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(meta.resolve("run.lock"), "1@old-host\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        Cli.Result result = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2026-02-02");
        assertThat(result.exitCode()).as(result.err()).isZero();

        assertThat(permissions(meta)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(meta)) {
            assertThat(files.map(f -> f.getFileName() + " " + permissions(f)).toList())
                    .contains("newsetl.mv.db rw-------", "run.lock rw-------")
                    .allSatisfy(line -> assertThat(line).endsWith(" rw-------"));
        }

        // What this user's umask gives any new folder and file: the published run must look the same.
        Set<PosixFilePermission> ordinaryFolder =
                Files.getPosixFilePermissions(Files.createDirectory(temp.resolve("probe-folder")));
        Set<PosixFilePermission> ordinaryFile =
                Files.getPosixFilePermissions(Files.createFile(temp.resolve("probe-file")));
        Path run = output.resolve("run_date=2026-02-02");
        assertThat(Files.getPosixFilePermissions(run)).isEqualTo(ordinaryFolder);
        assertThat(Files.getPosixFilePermissions(run.resolve("articles"))).isEqualTo(ordinaryFolder);
        for (String file :
                new String[] {"articles.csv", "rejects.csv", "report.html", "manifest.json", "_SUCCESS", "latest"}) {
            Path published = file.equals("latest") ? output.resolve(file) : run.resolve(file);
            assertThat(Files.getPosixFilePermissions(published)).as(file).isEqualTo(ordinaryFile);
        }
        try (Stream<Path> parts = Files.list(run.resolve("articles"))) {
            assertThat(parts)
                    .allSatisfy(part -> assertThat(Files.getPosixFilePermissions(part))
                            .as(part.toString())
                            .isEqualTo(ordinaryFile));
        }
    }

    static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
