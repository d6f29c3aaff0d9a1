package dev.newsetl.write;

import dev.newsetl.fs.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes a run whose partitions are all written: checks that every listed file became exactly one article or
 * reject, assembles the CSVs, report.html, manifest.json and _SUCCESS in the local publish folder, records the run
 * through {@link Bookkeeping}, then commits it to its {@link RunDestination} and updates {@code latest}.
 * <p>
 * Safe to run again after a crash at any point: a run already committed by this job instance (the attempt died
 * before its bookkeeping committed, so the rows rolled back) only gets its bookkeeping redone.
 */
public record RunPublisher(RunLayout layout, RunDestination destination, Bookkeeping bookkeeping) {

    /** What the publish step records besides files, in its own transaction: ledger and lineage rows. */
    public interface Bookkeeping {
        /** Ledger rows for every listed file; called on the caller's thread while the CSVs are assembled. */
        void recordIngested(RunPartitions partitions) throws IOException;

        /** The published run and its files; before the commit, so that a failed commit rolls them back. */
        void recordPublished(RunManifest manifest);
    }

    /** The job execution being published. */
    public record Execution(long executionId, long instanceId, String inputRoot, Instant startedAt) {}

    /**
     * @param recovered the run had already been committed by an earlier attempt; only its bookkeeping was redone
     */
    public record Result(RunManifest manifest, boolean recovered) {
        public long count(String key) {
            return manifest.counts().getOrDefault(key, 0L);
        }
    }

    public Result publish(Execution execution) throws IOException {
        RunPartitions partitions = RunPartitions.of(layout);
        if (!Files.exists(layout.publish())) {
            Optional<RunManifest> committed = destination.completedManifest();
            if (committed.isPresent() && committed.get().jobInstanceId() == execution.instanceId()) {
                bookkeeping.recordIngested(partitions);
                bookkeeping.recordPublished(committed.get());
                destination.updateLatest();
                return new Result(committed.get(), true);
            }
        }
        List<PublishedFile> files = new ArrayList<>(assembleWhileRecording(partitions));
        long articles = rows(files, "articles");
        long rejects = rows(files, "rejects");
        if (articles + rejects != partitions.files()) {
            throw new IllegalStateException("refusing to publish " + layout.runDirName() + ": " + partitions.files()
                    + " files listed but " + articles + " articles + " + rejects + " rejects written");
        }
        Map<String, Long> counts = new TreeMap<>(Map.of(
                "files_read",
                partitions.files(),
                "articles",
                articles,
                "rejects",
                rejects,
                "entities",
                rows(files, "entities"),
                "quotes",
                rows(files, "quotes")));
        counts.putAll(RecordCounts.of(layout, partitions.files()));
        Instant finished = Instant.now();
        files.add(RunReport.publish(
                layout,
                partitions.count(),
                new RunReport.Summary(
                        layout.runDate(),
                        execution.executionId(),
                        execution.inputRoot(),
                        execution.startedAt(),
                        finished,
                        counts)));
        RunManifest manifest = new RunManifest(
                layout.runDate(),
                execution.executionId(),
                execution.instanceId(),
                execution.inputRoot(),
                execution.startedAt(),
                finished,
                counts,
                files);
        // Database rows first, in the caller's transaction: if the commit below fails, they roll back with it.
        bookkeeping.recordPublished(manifest);
        writeMarkers(layout.publish(), manifest);
        destination.stage(layout.publish());
        destination.commit();
        // Gone locally = committed: a restart after a crash from here on only redoes the bookkeeping.
        FileTrees.delete(layout.publish());
        destination.updateLatest();
        return new Result(manifest, false);
    }

    /**
     * Assembling the CSVs (a copy and a SHA-256 of every byte) and recording the ledger (200,000 H2 rows at 200,000
     * files) do not depend on each other: the ledger rows go in on this thread, inside the caller's transaction,
     * while another thread assembles.
     */
    private List<PublishedFile> assembleWhileRecording(RunPartitions partitions) throws IOException {
        ExecutorService assembler = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "publish-assemble");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<PublishedFile>> assembly =
                    assembler.submit(() -> new RunAssembly(layout).assemble(partitions.count()));
            try {
                bookkeeping.recordIngested(partitions);
            } catch (IOException | RuntimeException | Error failure) {
                // Never leave the assembler writing into the publish folder that a restart will assemble again.
                awaitQuietly(assembly);
                throw failure;
            }
            return assembled(assembly);
        } finally {
            assembler.shutdown();
        }
    }

    private static void awaitQuietly(Future<?> assembly) {
        try {
            assembly.get();
        } catch (ExecutionException e) {
            // the bookkeeping's failure is the one to report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<PublishedFile> assembled(Future<List<PublishedFile>> assembly) {
        try {
            return assembly.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("assembling the run failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assembling the run", e);
        }
    }

    /** Writes manifest.json, then _SUCCESS, into an assembled run folder. */
    static void writeMarkers(Path runDir, RunManifest manifest) {
        try {
            Files.write(runDir.resolve(RunLayout.MANIFEST), ManifestJson.bytes(manifest));
            Files.write(runDir.resolve(RunLayout.SUCCESS), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the markers of " + runDir, e);
        }
    }

    /**
     * Removes the run's staging folder. A separate last step: until the publish step has committed, its work files
     * are needed to redo the bookkeeping of a run that was committed just before a crash.
     */
    public static void cleanUp(RunLayout layout) {
        try {
            FileTrees.delete(layout.staging());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove staging " + layout.staging(), e);
        }
        try {
            // Only when nothing is left: another run date may still be staging there.
            Files.deleteIfExists(layout.staging().getParent());
        } catch (IOException e) {
            // Not empty, or in use: leave it.
        }
    }

    private static long rows(List<PublishedFile> files, String table) {
        return files.stream()
                .filter(f -> f.table().equals(table) && f.format().equals("csv"))
                .mapToLong(PublishedFile::rows)
                .sum();
    }
}
