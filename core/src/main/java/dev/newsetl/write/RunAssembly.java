package dev.newsetl.write;

import dev.newsetl.names.NameCandidates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * Assembles a run's staged parts in its local publish folder: CSV parts concatenated under one header and
 * name_candidates.csv; the Parquet parts are already there. Nothing of it is visible until the run is committed.
 */
final class RunAssembly {
    static final String NAME_CANDIDATES = "name_candidates";

    private final RunLayout layout;

    RunAssembly(RunLayout layout) {
        this.layout = layout;
    }

    /** Builds the CSV files and returns every file of the run with rows, bytes and sha256. */
    List<PublishedFile> assemble(int partitions) {
        List<PartitionParts> parts = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            parts.add(PartitionParts.load(layout.work(p)));
        }
        List<PublishedFile> files = new ArrayList<>();
        for (String table : PartitionPartWriter.TABLES) {
            long rows = parts.stream().mapToLong(pp -> pp.rows(table)).sum();
            files.add(concatenate(table, DatasetTables.tableNamed(table), partitions, table + ".csv", rows));
        }
        files.add(concatenate("rejects", DatasetTables.REJECTS, partitions, StagedPartitionWriter.REJECTS_FILE, -1));
        files.add(writeNameCandidates(partitions));
        files.addAll(StoriesTableWriter.published(layout));
        for (PartitionParts pp : parts) {
            files.addAll(pp.parquet());
        }
        return files;
    }

    private PublishedFile concatenate(
            String table, TableSchema<?> schema, int partitions, String partName, long knownRows) {
        Path target = layout.publish().resolve(table + ".csv");
        MessageDigest digest = Digests.sha256();
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                out.write(CsvPartWriter.headerBytes(schema));
                for (int p = 0; p < partitions; p++) {
                    Path part = layout.work(p).resolve(partName);
                    if (Files.exists(part)) {
                        try (InputStream in = Files.newInputStream(part)) {
                            in.transferTo(out);
                        }
                    }
                }
            }
            long rows = knownRows >= 0 ? knownRows : countRecords(target);
            return synced(target, table, rows, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble " + target, e);
        }
    }

    private PublishedFile writeNameCandidates(int partitions) {
        NameCandidateCounts counts = new NameCandidateCounts();
        for (int p = 0; p < partitions; p++) {
            counts.load(layout.work(p).resolve(StagedPartitionWriter.CANDIDATES_FILE));
        }
        Path target = layout.publish().resolve(NAME_CANDIDATES + ".csv");
        MessageDigest digest = Digests.sha256();
        long rows = 0;
        try {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest);
                    CSVPrinter csv =
                            new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CsvPartWriter.FORMAT)) {
                csv.printRecord("name", "mentions", "articles", "type", "spellings", "aliases_line");
                for (NameCandidateCounts.Candidate c : counts.sorted()) {
                    csv.printRecord(
                            c.name(),
                            c.mentions(),
                            c.articles(),
                            c.type(),
                            NameCandidates.jsonList(c.spellings()),
                            c.aliasesLine());
                    rows++;
                }
            }
            return synced(target, NAME_CANDIDATES, rows, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static PublishedFile synced(Path csv, String table, long rows, MessageDigest digest) throws IOException {
        PartitionPartWriter.sync(csv);
        return new PublishedFile(
                table + ".csv",
                "csv",
                table,
                rows,
                Files.size(csv),
                HexFormat.of().formatHex(digest.digest()));
    }

    private static long countRecords(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CsvPartWriter.parseWithHeader(in)) {
            long n = 0;
            for (var ignored : parser) {
                n++;
            }
            return n;
        }
    }
}
