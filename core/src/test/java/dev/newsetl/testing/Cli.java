package dev.newsetl.testing;

import dev.newsetl.cli.Commands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Runs the real command line in this JVM (real Spring context, real H2 file) and captures what it prints. */
public final class Cli {
    public record Result(int exitCode, String out, String err) {}

    private Cli() {}

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        springArgs -> {
                            SpringApplication app = new SpringApplication(dev.newsetl.NewsEtlApplication.class);
                            app.setWebApplicationType(WebApplicationType.NONE);
                            app.setBannerMode(Banner.Mode.OFF);
                            app.setLogStartupInfo(false);
                            return app.run(springArgs);
                        })
                .execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
