package dev.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are caught before Spring starts: exit 2 and one line on stderr. */
class CommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private boolean springStarted;

    private int run(String... args) {
        return new Commands(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        springArgs -> {
                            springStarted = true;
                            throw new IllegalStateException("Spring must not start for a usage error");
                        })
                .execute(args);
    }

    private String errLine() {
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.strip().lines().count()).as(text).isEqualTo(1);
        return text.strip();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("run", "--frobnicate=1")).isEqualTo(2);
        assertThat(errLine()).contains("unknown option --frobnicate");
        assertThat(springStarted).isFalse();
    }

    @Test
    void misspelledSettingIsAUsageError() {
        assertThat(run("run", "--newsetl.job.partiton-size=5")).isEqualTo(2);
        assertThat(errLine()).contains("--newsetl.job.partiton-size");
    }

    @Test
    void missingInputDirectoryIsAUsageError(@TempDir Path temp) {
        assertThat(run("run", "--input=" + temp.resolve("nope"))).isEqualTo(2);
        assertThat(errLine()).contains("does not exist");
    }

    @Test
    void malformedRunDateIsAUsageError() {
        assertThat(run("run", "--run-date=2026-13-45")).isEqualTo(2);
        assertThat(errLine()).contains("malformed --run-date '2026-13-45'").contains("YYYY-MM-DD");
    }

    @Test
    void unknownCommandAndNoCommandAreUsageErrors() {
        assertThat(run("frob")).isEqualTo(2);
        assertThat(errLine()).contains("unknown command 'frob'");
        err.reset();
        assertThat(run()).isEqualTo(2);
        assertThat(errLine()).contains("no command");
    }

    @Test
    void helpDescribesEveryOptionAndSettingWithoutStartingSpring() {
        assertThat(run("run", "--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--input", "--output", "--run-date", "--force", "--full"}) {
            assertThat(help).contains(option);
        }
        for (String key : SettingKeys.known()) {
            assertThat(help).as("run --help mentions every setting").contains("--" + key);
        }
        assertThat(springStarted).isFalse();
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run");
    }

    @Test
    void validSettingsPassThroughToSpring(@TempDir Path temp) {
        int code = run("run", "--input=" + temp, "--newsetl.job.threads=1");
        assertThat(springStarted).isTrue();
        assertThat(code).isEqualTo(1);
    }
}
