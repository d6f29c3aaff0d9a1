package dev.newsetl.job;

import dev.newsetl.group.RunGrouper;
import dev.newsetl.write.ParquetSettings;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.RunPartitions;
import dev.newsetl.write.StoriesTableWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Between extract and write: duplicates and stories, decided in listing order over compact signatures. */
record GroupRunTasklet(ParquetSettings parquet) implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(GroupRunTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunLayout layout = RunParameters.of(chunkContext).layout();
        int partitions = RunPartitions.of(layout).count();
        long duplicates;
        try (StoriesTableWriter stories = new StoriesTableWriter(layout, parquet)) {
            duplicates = new RunGrouper(layout::work).group(partitions, stories);
        }
        log.info("Grouped {} partitions: {} near-duplicate articles", partitions, duplicates);
        return RepeatStatus.FINISHED;
    }
}
