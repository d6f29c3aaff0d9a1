package dev.newsetl.lineage;

import dev.newsetl.read.ListingFile;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.RunManifest;
import dev.newsetl.write.RunPartitions;
import dev.newsetl.write.RunPublisher;
import dev.newsetl.write.StagedPartitionWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The database side of publishing a run: ingest ledger rows for every listed file, and the lineage rows. */
public final class RunBookkeeping implements RunPublisher.Bookkeeping {
    private final LineageRepository lineage;
    private final IngestLedger ledger;
    private final RunLayout layout;
    private final String inputRoot;
    private final long executionId;

    public RunBookkeeping(
            LineageRepository lineage, IngestLedger ledger, RunLayout layout, String inputRoot, long executionId) {
        this.lineage = lineage;
        this.ledger = ledger;
        this.layout = layout;
        this.inputRoot = inputRoot;
        this.executionId = executionId;
    }

    /** Size and time from the listing, content hash from the file's partition. */
    @Override
    public void recordIngested(RunPartitions partitions) throws IOException {
        LocalDate runDate = layout.runDate();
        // Once per run: counting inside the loop would rescan the rows this transaction is adding (quadratic).
        boolean fresh = ledger.size(inputRoot) == 0;
        // One pass over the listing, partition after partition, in step with each partition's hash file.
        long[] offsets = ListingFile.lineOffsets(layout.listing(), partitions.size());
        for (int p = 0; p < partitions.count(); p++) {
            List<String> hashes = Files.readAllLines(layout.work(p).resolve(StagedPartitionWriter.INPUT_HASHES_FILE));
            List<IngestLedger.Entry> entries = new ArrayList<>(hashes.size());
            if (p < offsets.length) {
                ListingFile.readAt(
                        layout.listing(),
                        offsets[p],
                        partitions.to(p) - partitions.from(p),
                        listed -> entries.add(new IngestLedger.Entry(
                                listed.id(), listed.size(), listed.modifiedMillis(), hashes.get(entries.size()))));
            }
            ledger.record(inputRoot, runDate, executionId, entries, fresh);
        }
    }

    @Override
    public void recordPublished(RunManifest manifest) {
        lineage.recordPublished(manifest);
    }
}
