package dev.newsetl.job;

import dev.newsetl.lineage.LineageRepository;
import dev.newsetl.read.ListingFile;
import dev.newsetl.write.LatestRun;
import dev.newsetl.write.PublishedFile;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.RunManifest;
import dev.newsetl.write.RunPublisher;
import dev.newsetl.write.RunReport;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: checks that every listed file became exactly one article or reject, assembles the CSVs, writes the
 * manifest and _SUCCESS, moves the run into place and records it in the lineage tables.
 */
final class PublishRunTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PublishRunTasklet.class);
    static final String COUNTS_PREFIX = "newsetl.count.";

    private final LineageRepository lineage;

    PublishRunTasklet(LineageRepository lineage) {
        this.lineage = lineage;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        var jobExecution = stepExecution.getJobExecution();
        RunParameters run = RunParameters.of(jobExecution.getJobParameters());
        RunLayout layout = run.layout();
        if (!Files.exists(layout.publish()) && Files.exists(layout.published().resolve(RunPublisher.SUCCESS))) {
            // A previous attempt moved the run into place but died before this step committed.
            log.info("Run {} was already moved into place; finishing its bookkeeping", layout.published());
            LatestRun.update(layout.output());
            return RepeatStatus.FINISHED;
        }
        long filesListed = ListingFile.countLines(layout.listing());
        int partitions = ListingPartitioner.partitionCount(filesListed,
                PrepareRunTasklet.partitionSize(layout));
        RunPublisher publisher = new RunPublisher(layout);
        List<PublishedFile> files = new java.util.ArrayList<>(publisher.assemble(partitions));
        long articles = rows(files, "articles", "csv");
        long rejects = rows(files, "rejects", "csv");
        if (articles + rejects != filesListed) {
            throw new IllegalStateException("refusing to publish " + layout.runDirName() + ": " + filesListed
                    + " files listed but " + articles + " articles + " + rejects + " rejects written");
        }
        Map<String, Long> counts = Map.of("files_read", filesListed, "articles", articles, "rejects", rejects,
                "entities", rows(files, "entities", "csv"), "quotes", rows(files, "quotes", "csv"));
        Instant started = jobExecution.getStartTime() == null ? null
                : jobExecution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
        Instant finished = Instant.now();
        files.add(RunReport.publish(layout, partitions, new RunReport.Summary(run.runDate(), jobExecution.getId(),
                run.input().toString(), started, finished, counts)));
        RunManifest manifest = new RunManifest(run.runDate(), jobExecution.getId(),
                jobExecution.getJobInstance().getInstanceId(), run.input().toString(), started, finished,
                counts, files);
        publisher.publish(manifest);
        LatestRun.update(layout.output());
        lineage.recordPublished(manifest);
        counts.forEach((k, v) -> jobExecution.getExecutionContext().putLong(COUNTS_PREFIX + k, v));
        contribution.incrementWriteCount(files.size());
        log.info("Published {}: {} files read, {} articles, {} rejects", layout.published(), filesListed, articles,
                rejects);
        return RepeatStatus.FINISHED;
    }

    private static long rows(List<PublishedFile> files, String table, String format) {
        return files.stream().filter(f -> f.table().equals(table) && f.format().equals(format))
                .mapToLong(PublishedFile::rows).sum();
    }
}
