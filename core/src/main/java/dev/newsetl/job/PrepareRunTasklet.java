package dev.newsetl.job;

import dev.newsetl.lineage.IngestLedger;
import dev.newsetl.read.ContainerListing;
import dev.newsetl.read.InputRoot;
import dev.newsetl.read.ListedFile;
import dev.newsetl.write.RecordCounts;
import dev.newsetl.write.RunPreparation;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of a run: {@link RunPreparation} claims the staging folder and lists the input tree into it. On a
 * restart this step is already complete, so the listing is not redone.
 */
record PrepareRunTasklet(InputProperties input, int partitionSize, IngestLedger ledger) implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PrepareRunTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        JobExecution jobExecution = stepExecution.getJobExecution();
        RunParameters run = RunParameters.of(chunkContext);
        Set<String> extensions = input.extensions().stream()
                .map(e -> e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .collect(Collectors.toSet());
        boolean full = "true".equals(jobExecution.getJobParameters().getString(RunParameters.FULL));
        Predicate<ListedFile> keep =
                full ? listed -> true : ledger.changedSince(run.input().toString(), run.runDate());
        ContainerListing listing = InputRoot.recordListing(
                run.input(),
                extensions,
                input.limits(),
                full ? file -> false : ledger.unchangedContainer(run.input().toString(), run.runDate()));
        RunPreparation.Listed listed = new RunPreparation(run.layout())
                .prepare(jobExecution.getJobInstance().getInstanceId(), partitionSize, listing, keep);
        listing.skipped().save(RecordCounts.skippedFile(run.layout()));
        if (listed.cleared()) {
            log.info(
                    "Cleared staging left by another run of {}: {}",
                    run.runDate(),
                    run.layout().staging());
        }
        contribution.incrementReadCount();
        stepExecution.getExecutionContext().putLong("newsetl.files", listed.files());
        // Unchanged container files are left out whole, before their records are listed.
        long unchanged = listed.unchanged() + listing.unchangedFiles();
        stepExecution.getExecutionContext().putLong("newsetl.unchanged", unchanged);
        if (unchanged > 0) {
            log.info(
                    "Listed {} new or changed files under {}; {} unchanged since an earlier run are skipped"
                            + " (--full processes all)",
                    listed.files(),
                    run.input(),
                    unchanged);
        } else {
            log.info("Listed {} files under {}", listed.files(), run.input());
        }
        return RepeatStatus.FINISHED;
    }
}
