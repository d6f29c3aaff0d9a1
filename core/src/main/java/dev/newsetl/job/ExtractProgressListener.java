package dev.newsetl.job;

import dev.newsetl.article.Article;
import dev.newsetl.read.ListingFile;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows progress through the extract phase: opened and closed around the partitioned {@code extract} step (the
 * total is the listing's line count), advanced after every chunk written by any {@code extract-partition}.
 * A resumed run starts from the files its completed partitions already did, so the ETA is about what is left.
 */
final class ExtractProgressListener implements StepExecutionListener, ItemWriteListener<ProcessedFile> {
    private static final Logger log = LoggerFactory.getLogger(ExtractProgressListener.class);

    private final ProgressProperties settings;
    private final JobRepository repository;
    private volatile RunProgress progress = RunProgress.off();

    ExtractProgressListener(ProgressProperties settings, JobRepository repository) {
        this.settings = settings;
        this.repository = repository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (settings.mode().equals("off") || stepExecution.getStepName().contains(":")) {
            return;
        }
        RunParameters run = RunParameters.of(stepExecution.getJobExecution().getJobParameters());
        long total = ListingFile.countLines(run.layout().listing());
        long done = doneEarlier(stepExecution.getJobExecution());
        progress = settings.bar()
                ? RunProgress.bar("extract", total, done)
                : RunProgress.lines(total, done, settings.logInterval(), log::info);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!stepExecution.getStepName().contains(":")) {
            progress.close();
            progress = RunProgress.off();
        }
        return null;
    }

    @Override
    public void afterWrite(Chunk<? extends ProcessedFile> items) {
        long articles = 0;
        for (ProcessedFile processed : items) {
            if (processed.outcome() instanceof Article) {
                articles++;
            }
        }
        progress.advance(items.size(), articles);
    }

    /** Files read by partitions that completed in earlier executions of this run (they will be skipped). */
    private long doneEarlier(JobExecution current) {
        try {
            Map<String, Long> done = new HashMap<>();
            for (JobExecution earlier : repository.getJobExecutions(current.getJobInstance())) {
                if (earlier.getId() == current.getId()) {
                    continue;
                }
                for (StepExecution step : earlier.getStepExecutions()) {
                    if (step.getStepName().startsWith("extract-partition:")
                            && step.getStatus() == BatchStatus.COMPLETED) {
                        done.put(step.getStepName(), step.getReadCount());
                    }
                }
            }
            return done.values().stream().mapToLong(Long::longValue).sum();
        } catch (RuntimeException e) {
            // Only the starting point of a progress display: never fail a run over it.
            return 0;
        }
    }
}
