package dev.newsetl.job;

import dev.newsetl.lineage.IngestLedger;
import dev.newsetl.read.InputRoot;
import dev.newsetl.read.ListedFile;
import dev.newsetl.read.ListingFile;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.RunPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of a run: claims the staging folder for this job instance (clearing what another instance left) and
 * lists the input tree into it. On a restart this step is already complete, so the listing is not redone.
 */
final class PrepareRunTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PrepareRunTasklet.class);

    private final InputProperties input;
    private final int partitionSize;
    private final IngestLedger ledger;

    PrepareRunTasklet(InputProperties input, int partitionSize, IngestLedger ledger) {
        this.input = input;
        this.partitionSize = partitionSize;
        this.ledger = ledger;
    }

    /** The partition size this run was listed with (a restart keeps it even if the setting changed). */
    static int partitionSize(RunLayout layout) {
        try {
            return Integer.parseInt(Files.readString(layout.partitionSizeFile(), StandardCharsets.UTF_8).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("staging of " + layout.runDirName() + " has no partition size", e);
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        var jobExecution = stepExecution.getJobExecution();
        RunParameters run = RunParameters.of(jobExecution.getJobParameters());
        RunLayout layout = run.layout();
        String instance = Long.toString(jobExecution.getJobInstance().getInstanceId());
        Path marker = layout.instanceMarker();
        if (Files.exists(layout.staging())
                && !(Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(instance))) {
            log.info("Clearing staging left by another run of {}: {}", run.runDate(), layout.staging());
            RunPublisher.deleteTree(layout.staging());
        }
        Files.createDirectories(layout.staging());
        Files.writeString(marker, instance, StandardCharsets.UTF_8);
        Files.writeString(layout.partitionSizeFile(), Integer.toString(partitionSize), StandardCharsets.UTF_8);
        Set<String> extensions = input.extensions().stream()
                .map(e -> e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .collect(Collectors.toSet());
        boolean full = "true".equals(jobExecution.getJobParameters().getString(RunParameters.FULL));
        Predicate<ListedFile> keep = full ? listed -> true
                : ledger.changedSince(run.input().toString(), run.runDate());
        long[] skipped = {0};
        var listing = InputRoot.recordListing(run.input(), extensions, input.limits(),
                full ? file -> false : ledger.unchangedContainer(run.input().toString(), run.runDate()));
        long files = ListingFile.write(listing, layout.listing(), listed -> {
            boolean changed = keep.test(listed);
            if (!changed) {
                skipped[0]++;
            }
            return changed;
        });
        listing.skipped().save(RecordCounts.skippedFile(layout));
        contribution.incrementReadCount();
        stepExecution.getExecutionContext().putLong("newsetl.files", files);
        // Unchanged container files are left out whole, before their records are listed.
        long unchanged = skipped[0] + listing.unchangedFiles();
        stepExecution.getExecutionContext().putLong("newsetl.unchanged", unchanged);
        if (unchanged > 0) {
            log.info("Listed {} new or changed files under {}; {} unchanged since an earlier run are skipped"
                    + " (--full processes all)", files, run.input(), unchanged);
        } else {
            log.info("Listed {} files under {}", files, run.input());
        }
        return RepeatStatus.FINISHED;
    }
}
