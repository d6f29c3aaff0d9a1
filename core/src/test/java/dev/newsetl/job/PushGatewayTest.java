package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsetl.NewsEtlApplication;
import dev.newsetl.ops.RunLauncher;
import dev.newsetl.ops.RunOutcome;
import dev.newsetl.testing.TestFiles;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The push gateway settings of docs/OPERATIONS.md push the run's metrics when the process ends, in the default
 * format (text: the jar leaves out the protobuf one).
 */
class PushGatewayTest {

    @Test
    void metricsArePushedWhenTheApplicationCloses(@TempDir Path temp) throws Exception {
        List<String> pushes = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            pushes.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        try {
            Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
            SpringApplication app = new SpringApplication(NewsEtlApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setBannerMode(Banner.Mode.OFF);
            try (ConfigurableApplicationContext context = app.run(
                    "--newsetl.input.dir=" + input,
                    "--newsetl.output.dir=" + temp.resolve("output"),
                    "--management.prometheus.metrics.export.pushgateway.enabled=true",
                    "--management.prometheus.metrics.export.pushgateway.address=127.0.0.1:"
                            + gateway.getAddress().getPort(),
                    "--management.prometheus.metrics.export.pushgateway.job=news-etl",
                    "--management.prometheus.metrics.export.pushgateway.push-rate=1h",
                    "--management.prometheus.metrics.export.pushgateway.shutdown-operation=put")) {
                RunOutcome outcome = context.getBean(RunLauncher.class)
                        .run(new RunParameters(LocalDate.parse("2026-01-30"), input, temp.resolve("output")), false);
                assertThat(outcome.exitCode()).as(outcome.message()).isZero();
            }
        } finally {
            gateway.stop(0);
        }
        String last = pushes.get(pushes.size() - 1);
        assertThat(last).startsWith("PUT /metrics/job/news-etl");
        assertThat(last).contains("spring_batch_job_seconds_count").contains("newsetl_job_items_total");
        assertThat(last).as("the text exposition format").contains("# TYPE spring_batch_job_seconds ");
    }
}
