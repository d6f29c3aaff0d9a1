package dev.newsetl.job;

import dev.newsetl.write.ParquetSettings;
import dev.newsetl.write.PartitionPartWriter;
import dev.newsetl.write.PartitionParts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes one partition's Parquet and CSV parts from its staged articles. */
record WritePartsTasklet(ParquetSettings parquet) implements Tasklet {
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        RunParameters run = RunParameters.of(chunkContext);
        int partition = PartitionKeys.index(stepExecution.getExecutionContext());
        PartitionParts parts = new PartitionPartWriter(run.layout(), parquet).write(partition);
        long articles = parts.rows("articles");
        contribution.incrementWriteCount(articles);
        return RepeatStatus.FINISHED;
    }
}
