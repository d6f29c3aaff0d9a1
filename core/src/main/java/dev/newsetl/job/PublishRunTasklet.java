package dev.newsetl.job;

import dev.newsetl.fs.CommitMode;
import dev.newsetl.lineage.IngestLedger;
import dev.newsetl.lineage.LineageRepository;
import dev.newsetl.lineage.RunBookkeeping;
import dev.newsetl.write.RunDestination;
import dev.newsetl.write.RunPublisher;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Publish step: hands the run to {@link RunPublisher}, inside this step's transaction, and keeps its counts. */
record PublishRunTasklet(LineageRepository lineage, IngestLedger ledger, OutputProperties output) implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PublishRunTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution jobExecution =
                chunkContext.getStepContext().getStepExecution().getJobExecution();
        RunParameters run = RunParameters.of(chunkContext);
        RunDestination destination =
                RunDestination.of(run.output(), run.runDate(), CommitMode.choose(output.commit(), run.output()));
        Instant started = jobExecution.getStartTime() == null
                ? null
                : jobExecution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        RunPublisher publisher = new RunPublisher(
                run.layout(),
                destination,
                new RunBookkeeping(lineage, ledger, run.layout(), run.input().toString(), jobExecution.getId()));
        RunPublisher.Result result = publisher.publish(new RunPublisher.Execution(
                jobExecution.getId(),
                jobExecution.getJobInstance().getInstanceId(),
                run.input().toString(),
                started));
        result.manifest()
                .counts()
                .forEach((k, v) -> jobExecution.getExecutionContext().putLong(ExecutionCounts.key(k), v));
        if (result.recovered()) {
            // A previous attempt committed the run but died before this step committed, so its database rows
            // rolled back: they were recorded again from the manifest and the staged work files.
            log.info("Run {} was already in place; finished its bookkeeping", run.published());
            return RepeatStatus.FINISHED;
        }
        contribution.incrementWriteCount(result.manifest().files().size());
        log.info(
                "Published {}: {} files read, {} articles, {} rejects",
                run.published(),
                result.count("files_read"),
                result.count("articles"),
                result.count("rejects"));
        return RepeatStatus.FINISHED;
    }
}
