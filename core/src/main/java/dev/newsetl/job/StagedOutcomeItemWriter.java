package dev.newsetl.job;

import dev.newsetl.write.RunLayout;
import dev.newsetl.write.StagedPartitionWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a partition's outcomes to its staging folder. Opening starts the partition's files afresh (a restarted
 * partition is redone whole); before each chunk commits, the files are forced to disk.
 */
class StagedOutcomeItemWriter implements ItemStreamWriter<ProcessedFile> {
    private final RunLayout layout;
    private StagedPartitionWriter writer;

    StagedOutcomeItemWriter(RunLayout layout) {
        this.layout = layout;
    }

    @Override
    public void open(ExecutionContext context) {
        writer = new StagedPartitionWriter(layout.work(PartitionKeys.index(context)));
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) {
        for (ProcessedFile processed : chunk) {
            writer.write(processed.outcome(), processed.inputSha256());
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (writer != null) {
            writer.sync();
            context.putLong(PartitionKeys.ARTICLES, writer.articleCount());
            context.putLong(PartitionKeys.REJECTS, writer.rejectCount());
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
