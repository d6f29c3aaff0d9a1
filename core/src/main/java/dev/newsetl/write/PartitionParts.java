package dev.newsetl.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one partition wrote, kept beside its work files: the Parquet parts (with rows, bytes, sha256 computed in
 * parallel by the partition) and the row counts of its headerless CSV parts.
 */
public record PartitionParts(List<PublishedFile> parquet, List<PublishedFile> csvParts) {
    static final String FILE = "parts.tsv";

    public PartitionParts {
        parquet = List.copyOf(parquet);
        csvParts = List.copyOf(csvParts);
    }

    public long rows(String table) {
        return csvParts.stream()
                .filter(p -> p.table().equals(table))
                .mapToLong(PublishedFile::rows)
                .sum();
    }

    void save(Path dir) {
        Path tmp = dir.resolve(FILE + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (PublishedFile f : parquet) {
                out.write(line("parquet", f));
            }
            for (PublishedFile f : csvParts) {
                out.write(line("csvpart", f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(
                    tmp,
                    dir.resolve(FILE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PartitionParts load(Path dir) {
        List<PublishedFile> parquet = new ArrayList<>();
        List<PublishedFile> csv = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                PublishedFile file = new PublishedFile(
                        f[1],
                        f[0].equals("parquet") ? "parquet" : "csv",
                        f[2],
                        Long.parseLong(f[3]),
                        Long.parseLong(f[4]),
                        f[5]);
                (f[0].equals("parquet") ? parquet : csv).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("partition parts list missing in " + dir, e);
        }
        return new PartitionParts(parquet, csv);
    }

    private static String line(String kind, PublishedFile f) {
        return kind
                + '\t'
                + f.path()
                + '\t'
                + f.table()
                + '\t'
                + f.rows()
                + '\t'
                + f.bytes()
                + '\t'
                + f.sha256()
                + '\n';
    }
}
