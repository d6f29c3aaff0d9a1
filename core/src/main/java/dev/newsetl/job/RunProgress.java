package dev.newsetl.job;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of one phase over a known number of files: a live bar (me.tongfei:progressbar) on a terminal, or one
 * line through {@code lines} every interval when output goes to a file or a pipe. Counting is two adders per
 * chunk, so partitions on many threads never wait for each other; rendering happens on its own thread.
 */
final class RunProgress implements AutoCloseable {
    private final long total;
    private final long initial;
    private final long startNanos = System.nanoTime();
    private final LongAdder files = new LongAdder();
    private final LongAdder articles = new LongAdder();
    private final ProgressBar bar;
    private final ScheduledExecutorService ticker;
    private final Consumer<String> lines;

    private RunProgress(long total, long initial, ProgressBar bar, Duration interval, Consumer<String> lines) {
        this.total = total;
        this.initial = initial;
        this.bar = bar;
        this.lines = lines;
        if (bar == null && lines != null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(
                    () -> lines.accept(line()), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** A live bar for {@code total} files, {@code initial} of them done by an earlier (resumed) execution. */
    static RunProgress bar(String task, long total, long initial) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .startsFrom(initial, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build();
        return new RunProgress(total, initial, bar, null, null);
    }

    /** One line every {@code interval} through {@code lines}, and a last one when closed. */
    static RunProgress lines(long total, long initial, Duration interval, Consumer<String> lines) {
        return new RunProgress(total, initial, null, interval, lines);
    }

    static RunProgress off() {
        return new RunProgress(0, 0, null, null, null);
    }

    void advance(long filesDone, long articlesDone) {
        files.add(filesDone);
        articles.add(articlesDone);
        if (bar != null) {
            bar.stepBy(filesDone);
            bar.setExtraMessage(String.format(Locale.ROOT, ", %.0f articles/s", articlesPerSecond()));
        }
    }

    long filesDone() {
        return initial + files.sum();
    }

    /** What a log line says: files done of total, throughput of this execution, time left at that pace. */
    String line() {
        long done = filesDone();
        double seconds = elapsedSeconds();
        double filesPerSecond = files.sum() / seconds;
        String eta = filesPerSecond <= 0
                ? "unknown"
                : formatDuration(Duration.ofSeconds(Math.round((total - done) / filesPerSecond)));
        return String.format(
                Locale.ROOT,
                "extract: %,d of %,d files (%d%%), %.0f files/s, %.0f articles/s, ETA %s",
                done,
                total,
                total == 0 ? 100 : done * 100 / total,
                filesPerSecond,
                articlesPerSecond(),
                eta);
    }

    private double articlesPerSecond() {
        return articles.sum() / elapsedSeconds();
    }

    private double elapsedSeconds() {
        return Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    }

    static String formatDuration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                // A tick already running must print before the last line, not after it.
                ticker.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lines.accept(line());
        }
    }
}
