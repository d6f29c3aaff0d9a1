package dev.newsetl.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real jar ({@code target/news-etl.jar}, system property {@code newsetl.jar} set by failsafe) in its own JVM,
 * for what only a separate process can show: SIGKILL, SIGTERM, two runs at once. Output goes to a log file.
 */
public final class JarProcess {
    private final Process process;
    private final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("newsetl.jar", "target/news-etl.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run in `mvn verify`, after `package`");
        }
        return jar;
    }

    /** Starts {@code java -jar news-etl.jar args...}, stdout and stderr to {@code log}. */
    public static JarProcess start(Path log, String... args) throws IOException {
        return start(log, List.of(), args);
    }

    /** Starts {@code java JVM-OPTIONS -jar news-etl.jar args...} ({@code -Xmx256m}, say). */
    public static JarProcess start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new JarProcess(process, log);
    }

    /** Runs the jar to the end and returns its exit code. */
    public static int run(Path log, Duration timeout, String... args) throws Exception {
        return start(log, args).waitFor(timeout);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** SIGTERM on Linux. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL on Linux: no shutdown hook, no finally block, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
    }

    public int waitFor(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("news-etl did not end within " + timeout + "; output:\n" + log());
        }
        return process.exitValue();
    }

    /** Waits until {@code condition} holds, failing with the process output if it does not in time. */
    public void await(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; output:\n" + log());
            }
            if (!process.isAlive()) {
                throw new AssertionError(
                        "news-etl ended (exit " + process.exitValue() + ") before " + what + "; output:\n" + log());
            }
            Thread.sleep(200);
        }
    }
}
