package dev.newsetl.job;

import dev.newsetl.fs.CommitMode;
import dev.newsetl.fs.HadoopFileSystems;
import dev.newsetl.lineage.IngestLedger;
import dev.newsetl.lineage.LineageRepository;
import dev.newsetl.read.ListingFile;
import dev.newsetl.write.HadoopRunPublisher;
import dev.newsetl.write.LatestRun;
import dev.newsetl.write.PublishedFile;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.RunManifest;
import dev.newsetl.write.RunPublisher;
import dev.newsetl.write.RunReport;
import dev.newsetl.write.StagedPartitionWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: checks that every listed file became exactly one article or reject, assembles the CSVs, writes the
 * manifest and _SUCCESS, moves the run into place (or copies it to a Hadoop output and commits it there) and records
 * it in the lineage tables.
 */
final class PublishRunTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PublishRunTasklet.class);
    static final String COUNTS_PREFIX = "newsetl.count.";

    private final LineageRepository lineage;
    private final IngestLedger ledger;
    private final OutputProperties output;

    PublishRunTasklet(LineageRepository lineage, IngestLedger ledger, OutputProperties output) {
        this.lineage = lineage;
        this.ledger = ledger;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        var jobExecution = stepExecution.getJobExecution();
        RunParameters run = RunParameters.of(jobExecution.getJobParameters());
        RunLayout layout = run.layout();
        // A Hadoop output is published by copying the local publish folder; a local one by moving it.
        HadoopRunPublisher remote = run.output().isLocal() ? null
                : new HadoopRunPublisher(HadoopFileSystems.of(run.output()), HadoopFileSystems.path(run.output()),
                        run.runDate(), CommitMode.choose(output.commit(), run.output()));
        if (!Files.exists(layout.publish())) {
            Optional<RunManifest> published = remote != null ? remote.completedManifest()
                    : Files.exists(layout.published().resolve(RunPublisher.SUCCESS))
                    ? Optional.of(RunPublisher.readManifest(layout.published())) : Optional.empty();
            if (published.isPresent()
                    && published.get().jobInstanceId() == jobExecution.getJobInstance().getInstanceId()) {
                RunManifest moved = published.get();
                // A previous attempt moved the run into place but died before this step committed, so its
                // database rows rolled back: record them again from the manifest and the staged work files.
                log.info("Run {} was already moved into place; finishing its bookkeeping", run.published());
                int partitions = ListingPartitioner.partitionCount(ListingFile.countLines(layout.listing()),
                        PrepareRunTasklet.partitionSize(layout));
                recordIngested(run, layout, partitions, jobExecution.getId());
                lineage.recordPublished(moved);
                updateLatest(layout, remote);
                moved.counts().forEach((k, v) -> jobExecution.getExecutionContext().putLong(COUNTS_PREFIX + k, v));
                return RepeatStatus.FINISHED;
            }
        }
        long filesListed = ListingFile.countLines(layout.listing());
        int partitions = ListingPartitioner.partitionCount(filesListed,
                PrepareRunTasklet.partitionSize(layout));
        RunPublisher publisher = new RunPublisher(layout);
        // Assembling the CSVs (a copy and a SHA-256 of every byte) and recording the ledger (200,000 H2 rows at
        // 200,000 files) do not depend on each other: the ledger rows go in on this thread, inside the step's
        // transaction, while another thread assembles. A failed check below rolls the rows back with the step.
        FutureTask<List<PublishedFile>> assembly = new FutureTask<>(() -> publisher.assemble(partitions));
        Thread assembler = new Thread(assembly, "publish-assemble");
        assembler.setDaemon(true);
        assembler.start();
        try {
            recordIngested(run, layout, partitions, jobExecution.getId());
        } catch (Throwable failure) {
            // Never leave the assembler writing into the publish folder that a restart will assemble again.
            try {
                assembly.get();
            } catch (ExecutionException ignored) {
                // the ledger's failure is the one to report
            }
            throw failure;
        }
        List<PublishedFile> files = new java.util.ArrayList<>(assembled(assembly));
        long articles = rows(files, "articles", "csv");
        long rejects = rows(files, "rejects", "csv");
        if (articles + rejects != filesListed) {
            throw new IllegalStateException("refusing to publish " + layout.runDirName() + ": " + filesListed
                    + " files listed but " + articles + " articles + " + rejects + " rejects written");
        }
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("files_read", filesListed, "articles", articles,
                "rejects", rejects, "entities", rows(files, "entities", "csv"), "quotes", rows(files, "quotes", "csv")));
        counts.putAll(RecordCounts.of(layout, filesListed));
        Instant started = jobExecution.getStartTime() == null ? null
                : jobExecution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
        Instant finished = Instant.now();
        files.add(RunReport.publish(layout, partitions, new RunReport.Summary(run.runDate(), jobExecution.getId(),
                run.input().toString(), started, finished, counts)));
        RunManifest manifest = new RunManifest(run.runDate(), jobExecution.getId(),
                jobExecution.getJobInstance().getInstanceId(), run.input().toString(), started, finished,
                counts, files);
        // Database rows first, in this step's transaction: if the move below fails, they roll back with it.
        lineage.recordPublished(manifest);
        if (remote == null) {
            publisher.publish(manifest);
        } else {
            publisher.writeMarkers(manifest);
            remote.publish(layout.publish());
            // Gone locally = published remotely: a restart after a crash from here on only redoes the bookkeeping.
            RunPublisher.deleteTree(layout.publish());
        }
        updateLatest(layout, remote);
        counts.forEach((k, v) -> jobExecution.getExecutionContext().putLong(COUNTS_PREFIX + k, v));
        contribution.incrementWriteCount(files.size());
        log.info("Published {}: {} files read, {} articles, {} rejects", run.published(), filesListed, articles,
                rejects);
        return RepeatStatus.FINISHED;
    }

    private static void updateLatest(RunLayout layout, HadoopRunPublisher remote) {
        if (remote == null) {
            LatestRun.update(layout.output());
        } else {
            remote.updateLatest();
        }
    }

    /** Ledger rows for every listed file: size and time from the listing, content hash from its partition. */
    private void recordIngested(RunParameters run, RunLayout layout, int partitions, long executionId)
            throws java.io.IOException {
        int partitionSize = PrepareRunTasklet.partitionSize(layout);
        long files = ListingFile.countLines(layout.listing());
        // Once per run: counting inside the loop would rescan the rows this transaction is adding (quadratic).
        boolean fresh = ledger.size(run.input().toString()) == 0;
        // One pass over the listing, partition after partition, in step with each partition's hash file.
        long[] offsets = ListingFile.lineOffsets(layout.listing(), partitionSize);
        for (int p = 0; p < partitions; p++) {
            List<String> hashes = Files.readAllLines(layout.work(p).resolve(StagedPartitionWriter.INPUT_HASHES_FILE));
            List<IngestLedger.Entry> entries = new java.util.ArrayList<>(hashes.size());
            long from = (long) p * partitionSize;
            if (p < offsets.length) {
                ListingFile.readAt(layout.listing(), offsets[p], Math.min(files, from + partitionSize) - from,
                        listed -> entries.add(new IngestLedger.Entry(listed.id(), listed.size(),
                                listed.modifiedMillis(), hashes.get(entries.size()))));
            }
            ledger.record(run.input().toString(), run.runDate(), executionId, entries, fresh);
        }
    }

    private static List<PublishedFile> assembled(FutureTask<List<PublishedFile>> assembly)
            throws InterruptedException {
        try {
            return assembly.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("assembling the run failed", e.getCause());
        }
    }

    private static long rows(List<PublishedFile> files, String table, String format) {
        return files.stream().filter(f -> f.table().equals(table) && f.format().equals(format))
                .mapToLong(PublishedFile::rows).sum();
    }
}
