package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.JarProcess;
import dev.newsetl.testing.TestFiles;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar on a small heap, with the file size limit raised far enough to let two 50 MB single-line files be
 * read at once: the line limit turns them into rejects before any parsing, so the run completes.
 */
class InputLimitsIT {

    @Test
    void fiftyMegabyteSingleLineFilesAreRejectsNotAnOutOfMemory(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path huge = Files.createDirectories(input.resolve("huge"));
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, (byte) 'w');
        for (String name : List.of("one-line-a.txt", "one-line-b.txt")) {
            try (OutputStream out = Files.newOutputStream(huge.resolve(name))) {
                out.write("A title\n\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 50; i++) {
                    out.write(block);
                }
            }
        }
        Path output = temp.resolve("output");
        Path log = temp.resolve("run.log");

        int exit = JarProcess.start(
                        log,
                        List.of("-Xmx384m"),
                        "run",
                        "--input=" + input,
                        "--output=" + output,
                        "--run-date=2026-02-02",
                        "--newsetl.input.max-file-size=64MB",
                        "--newsetl.job.threads=2",
                        "--newsetl.job.partition-size=1")
                .waitFor(Duration.ofSeconds(180));

        assertThat(exit).as(Files.readString(log)).isZero();
        List<String> rejects = Files.readAllLines(output.resolve("run_date=2026-02-02/rejects.csv"));
        assertThat(rejects)
                .anySatisfy(r -> assertThat(r).startsWith("huge/one-line-a.txt,LINE_TOO_LONG,"))
                .anySatisfy(r -> assertThat(r).startsWith("huge/one-line-b.txt,LINE_TOO_LONG,"));
    }
}
