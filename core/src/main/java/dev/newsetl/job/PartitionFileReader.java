package dev.newsetl.job;

import dev.newsetl.article.InputDocument;
import dev.newsetl.read.InputFileLoader;
import dev.newsetl.read.ListedFile;
import dev.newsetl.read.ListingFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files of one partition. Holds only the partition's listing lines (a few thousand names), loading each
 * file's bytes when it is read. It keeps no restart position on purpose: a partition is redone whole, because its
 * Parquet parts cannot be appended to.
 */
class PartitionFileReader implements ItemStreamReader<InputDocument> {
    private final Path listing;
    private final InputFileLoader loader;
    private final Deque<ListedFile> pending = new ArrayDeque<>();

    PartitionFileReader(Path listing, InputFileLoader loader) {
        this.listing = listing;
        this.loader = loader;
    }

    @Override
    public void open(ExecutionContext context) {
        pending.clear();
        long from = context.getLong(PartitionKeys.FROM);
        long to = context.getLong(PartitionKeys.TO);
        if (context.containsKey(PartitionKeys.OFFSET)) {
            ListingFile.readAt(listing, context.getLong(PartitionKeys.OFFSET), to - from, pending::add);
        } else {
            ListingFile.read(listing, from, to, pending::add);
        }
    }

    @Override
    public InputDocument read() {
        ListedFile next = pending.poll();
        return next == null ? null : loader.load(next);
    }

    @Override
    public void close() {
        loader.close();
    }
}
