package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.NewsEtlApplication;
import dev.newsetl.ops.RunLauncher;
import dev.newsetl.ops.RunOutcome;
import dev.newsetl.testing.TestFiles;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** What a run shows while and after it runs: progress lines when not on a terminal, and Micrometer meters. */
@ExtendWith(OutputCaptureExtension.class)
class JobObservabilityTest {

    @Test
    void aRunLeavesBatchAndItemMetricsInTheRegistryAndLogsProgress(@TempDir Path temp, CapturedOutput output)
            throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Files.write(input.resolve("wire/empty.txt"), new byte[0]);
        long files = TestFiles.countFiles(input);
        SpringApplication app = new SpringApplication(NewsEtlApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = app.run(
                "--newsetl.input.dir=" + input,
                "--newsetl.output.dir=" + temp.resolve("output"),
                "--newsetl.job.partition-size=5",
                "--newsetl.progress.mode=log",
                "--newsetl.progress.log-interval=100ms")) {
            RunOutcome outcome = context.getBean(RunLauncher.class)
                    .run(new RunParameters(LocalDate.parse("2026-01-30"), input, temp.resolve("output")), false);
            assertThat(outcome.exitCode()).as(outcome.message()).isZero();

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Timer job = registry.find("spring.batch.job")
                    .tag("spring.batch.job.name", "newsEtlJob")
                    .timer();
            assertThat(job)
                    .as(
                            "spring.batch.job timer; meters: %s",
                            registry.getMeters().stream()
                                    .map(m -> m.getId().getName())
                                    .distinct()
                                    .toList())
                    .isNotNull();
            assertThat(job.count()).isEqualTo(1);
            assertThat(registry.find("spring.batch.step")
                            .tag("spring.batch.step.name", "publish")
                            .timer())
                    .isNotNull();
            assertThat(registry.find(JobMetricsListener.ITEMS)
                            .tag("kind", "read")
                            .counter()
                            .count())
                    .isEqualTo(files);
            assertThat(registry.find(JobMetricsListener.ITEMS)
                            .tag("kind", "written")
                            .counter()
                            .count())
                    .isEqualTo(files);
            assertThat(registry.find(JobMetricsListener.ITEMS)
                            .tag("kind", "skipped")
                            .counter()
                            .count())
                    .isZero();
            assertThat(registry.find(JobMetricsListener.OUTCOMES)
                            .tag("kind", "rejects")
                            .counter()
                            .count())
                    .isEqualTo(1);
            assertThat(registry.find(JobMetricsListener.OUTCOMES)
                            .tag("kind", "articles")
                            .counter()
                            .count())
                    .isEqualTo(files - 1);
        }
        // Not a terminal here: progress comes as log lines, the last one when the extract phase ends.
        assertThat(output.getOut()).contains("extract: " + files + " of " + files + " files (100%)");
    }
}
