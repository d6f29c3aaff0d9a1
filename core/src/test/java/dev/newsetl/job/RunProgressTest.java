package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void logModeWritesALineEveryIntervalAndALastOneWhenClosed() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        RunProgress progress = RunProgress.lines(1000, 200, Duration.ofMillis(30), lines::add);
        progress.advance(300, 250);
        Thread.sleep(150);
        progress.advance(500, 500);
        progress.close();

        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        assertThat(lines).anyMatch(line -> line.startsWith("extract: 500 of 1,000 files (50%), "));
        assertThat(lines.get(lines.size() - 1))
                .startsWith("extract: 1,000 of 1,000 files (100%), ")
                .contains(" files/s, ")
                .contains(" articles/s, ")
                .endsWith("ETA 0:00");
        int before = lines.size();
        Thread.sleep(100);
        assertThat(lines).hasSize(before); // the ticker stopped with close()
    }

    @Test
    void etaCountsOnlyWhatIsLeftAtThisExecutionsPace() {
        RunProgress progress = RunProgress.lines(10_000, 9_000, Duration.ofHours(1), line -> {});
        progress.advance(10, 10);
        assertThat(progress.filesDone()).isEqualTo(9_010);
        assertThat(progress.line()).contains("9,010 of 10,000 files (90%)");
        progress.close();
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(RunProgress.formatDuration(Duration.ofSeconds(75))).isEqualTo("1:15");
        assertThat(RunProgress.formatDuration(Duration.ofSeconds(3_725))).isEqualTo("1:02:05");
    }
}
