package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick-start run command, as written there, on the bundled input/ (output sent to a temporary folder
 * instead of output/). {@code -Xshare:on} is added so the JVM refuses to start unless the class-data archive the
 * build recorded really fits the extracted jar: a stale or missing archive would otherwise only cost start-up time,
 * silently.
 */
class QuickStartIT {

    /** The Java command after {@code mvn ... package &&} on the quick start's first line. */
    static List<String> readmeRunCommand() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String line = readme.lines()
                .filter(l -> l.startsWith("mvn ") && l.contains("&& java "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no `mvn ... && java ...` quick-start line"));
        String command = line.substring(line.indexOf("&& java ") + 3);
        int comment = command.indexOf('#');
        if (comment >= 0) {
            command = command.substring(0, comment);
        }
        return new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
    }

    @Test
    void theReadmeCommandRunsTheBundledInputWithTheClassDataArchive(@TempDir Path temp) throws Exception {
        List<String> command = readmeRunCommand();
        assertThat(command).startsWith("java").contains("run").anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
        // The JVM running the tests, which is Maven's, which recorded the archive (the README's `java` is the PATH's).
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(1, "-Xshare:on");
        command.add("--output=" + temp.resolve("out"));
        Path log = temp.resolve("quick-start.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("completed").doesNotContain("[cds]");
        try (var runs = Files.list(temp.resolve("out"))) {
            Path run = runs.filter(p -> p.getFileName().toString().startsWith("run_date="))
                    .findFirst()
                    .orElseThrow();
            assertThat(run.resolve("_SUCCESS")).exists();
            assertThat(run.resolve("articles")).isDirectory();
        }
    }
}
