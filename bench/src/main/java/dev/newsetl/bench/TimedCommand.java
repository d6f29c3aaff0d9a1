package dev.newsetl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command in a fresh process under {@code /usr/bin/time -v}: wall time from our own clock, peak RSS and
 * CPU time from {@code time}. Output goes to a log file so a long run does not fill the console.
 */
final class TimedCommand {

    /** One measured process. {@code load1} is the 1-minute load average just before it started. */
    record Result(String name, int exit, double wallSeconds, long maxRssKb, double cpuSeconds, double load1, Path log) {
        boolean ok() {
            return exit == 0;
        }

        double cpuPercent() {
            return wallSeconds > 0 ? 100 * cpuSeconds / wallSeconds : 0;
        }
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

    private TimedCommand() {}

    static Result run(String name, List<String> command, Path workDir, Path logDir)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Path timeReport = logDir.resolve(name + ".time");
        Files.deleteIfExists(timeReport);
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(GNU_TIME);
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeReport.toString()));
        }
        full.addAll(command);
        double load = loadAverage();
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        long rss = 0;
        double cpu = 0;
        if (timed && Files.exists(timeReport)) {
            String report = Files.readString(timeReport, StandardCharsets.UTF_8);
            rss = (long) number(MAX_RSS, report);
            cpu = number(USER, report) + number(SYSTEM, report);
        }
        return new Result(name, exit, wall, rss, cpu, load, log);
    }

    /** The 1-minute load average, so a reader can see how busy the shared machine was during a run. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
