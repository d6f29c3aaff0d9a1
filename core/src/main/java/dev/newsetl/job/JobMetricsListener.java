package dev.newsetl.job;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Adds a run's item counts to the Micrometer registry when it ends, beside the {@code spring.batch.*} timers that
 * Spring Batch records itself: files read, outcomes written and skipped by the extract partitions, and the
 * articles and rejects published. Counters, so a push gateway or a scrape sees totals that only grow.
 */
final class JobMetricsListener implements JobExecutionListener {
    static final String ITEMS = "newsetl.job.items";
    static final String OUTCOMES = "newsetl.job.outcomes";

    private final MeterRegistry registry;

    JobMetricsListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getStepName().startsWith("extract-partition:")) {
                read += step.getReadCount();
                written += step.getWriteCount();
                skipped += step.getSkipCount();
            }
        }
        String status = jobExecution.getStatus().name();
        registry.counter(ITEMS, "kind", "read", "status", status).increment(read);
        registry.counter(ITEMS, "kind", "written", "status", status).increment(written);
        registry.counter(ITEMS, "kind", "skipped", "status", status).increment(skipped);
        var context = jobExecution.getExecutionContext();
        for (String outcome : new String[] {"articles", "rejects"}) {
            String key = ExecutionCounts.key(outcome);
            if (context.containsKey(key)) {
                registry.counter(OUTCOMES, "kind", outcome).increment(context.getLong(key));
            }
        }
    }
}
