package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An input listing in which every container file (WARC, JSON Lines, JSON array, under any compression) is replaced
 * by its records, found by a scan: the records are then what the job lists, partitions, restarts on and keeps in
 * its ledger, so a killed run resumes inside a large WARC. The scan streams the file and keeps no record; records
 * that are not articles are counted in {@link #skipped()}. Plain files pass through unchanged.
 */
public final class ContainerListing implements InputListing {
    private final InputListing files;
    private final InputFiles contents;
    private final InputLimits limits;
    private final SkippedRecords skipped = new SkippedRecords();

    private final Predicate<ListedFile> unchanged;
    private long unchangedFiles;

    public ContainerListing(InputListing files, InputFiles contents, InputLimits limits) {
        this(files, contents, limits, file -> false);
    }

    /**
     * @param unchanged container files whose records an earlier run ingested as they are now: not scanned, not
     *                  listed (an incremental run)
     */
    public ContainerListing(
            InputListing files, InputFiles contents, InputLimits limits, Predicate<ListedFile> unchanged) {
        this.files = files;
        this.contents = contents;
        this.limits = limits;
        this.unchanged = unchanged;
    }

    /** Container files left out as unchanged. */
    public long unchangedFiles() {
        return unchangedFiles;
    }

    public SkippedRecords skipped() {
        return skipped;
    }

    @Override
    public void list(Consumer<ListedFile> sink) {
        files.list(file -> {
            var format = ContainerFormat.of(file.relativePath());
            if (file.rejected() != null || format.isEmpty()) {
                sink.accept(file);
            } else if (unchanged.test(file)) {
                unchangedFiles++;
            } else {
                expand(file, format.get(), sink);
            }
        });
    }

    /** Calls {@code sink} for each record of one container file, in file order. */
    public void expand(ListedFile file, ContainerFormat format, Consumer<ListedFile> sink) {
        // Past the last offset listed: the ledger keys records by offset, so none may be listed twice.
        long[] unused = {0};
        RecordSink records = new RecordSink() {
            @Override
            public void record(long offset, long size) {
                unused[0] = offset + 1;
                sink.accept(ListedFile.ofRecord(file, offset, size, null, ""));
            }

            @Override
            public void reject(long offset, RejectReason reason, String detail) {
                unused[0] = offset + 1;
                sink.accept(ListedFile.ofRecord(file, offset, 0, reason, detail));
            }

            @Override
            public void skipped(String kind) {
                skipped.add(kind);
            }
        };
        try {
            switch (format) {
                case WARC -> new WarcScan(contents, limits).scan(file.relativePath(), file.size(), records);
                case JSON_LINES -> new JsonLinesScan(contents, limits).scan(file.relativePath(), records);
                case JSON_ARRAY -> new JsonArrayScan(contents, limits).scan(file.relativePath(), records);
            }
        } catch (IOException | RuntimeException e) {
            // The file could not be opened at all (or vanished): one reject stands for it.
            sink.accept(ListedFile.ofRecord(file, unused[0], 0, RejectReason.UNREADABLE, WarcScan.message(e)));
        }
    }
}
