package dev.newsetl.write;

import dev.newsetl.names.NameCandidates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles a run's staged parts into the published run directory: CSV parts concatenated under one header,
 * manifest.json, then _SUCCESS, then one atomic directory move. Until that move nothing of the run is visible.
 */
public final class RunPublisher {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    public static final String MANIFEST = "manifest.json";
    public static final String SUCCESS = "_SUCCESS";
    public static final String NAME_CANDIDATES = "name_candidates";

    private final RunLayout layout;

    public RunPublisher(RunLayout layout) {
        this.layout = layout;
    }

    /** Builds the CSV files and returns every file of the run with rows, bytes and sha256. */
    public List<PublishedFile> assemble(int partitions) {
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
        for (PartitionParts pp : parts) {
            files.addAll(pp.parquet());
        }
        return files;
    }

    /** Writes manifest.json and _SUCCESS, then moves the run into place, replacing an older one of the same date. */
    public Path publish(RunManifest manifest) {
        writeMarkers(manifest);
        try {
            Path publish = layout.publish();
            Path target = layout.published();
            if (Files.exists(target)) {
                // Readers keep the old run until the moment of the swap; then it is removed.
                Path replaced = layout.staging().resolve("replaced");
                deleteTree(replaced);
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(publish, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("publishing run " + layout.runDirName() + " failed", e);
        }
    }

    /** Writes manifest.json, then _SUCCESS, into the assembled publish folder. */
    public void writeMarkers(RunManifest manifest) {
        Path publish = layout.publish();
        try {
            Files.write(publish.resolve(MANIFEST), JSON.writeValueAsBytes(manifestJson(manifest)));
            Files.write(publish.resolve(SUCCESS), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("publishing run " + layout.runDirName() + " failed", e);
        }
    }

    private PublishedFile concatenate(String table, TableSchema<?> schema, int partitions, String partName,
                                      long knownRows) {
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
            PartitionPartWriter.sync(target);
            long rows = knownRows >= 0 ? knownRows : countRecords(target);
            return new PublishedFile(table + ".csv", "csv", table, rows, Files.size(target),
                    HexFormat.of().formatHex(digest.digest()));
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
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest);
             var csv = new org.apache.commons.csv.CSVPrinter(new java.io.OutputStreamWriter(out,
                     StandardCharsets.UTF_8), CsvPartWriter.FORMAT)) {
            csv.printRecord("name", "mentions", "articles", "type", "spellings", "aliases_line");
            for (NameCandidateCounts.Candidate c : counts.sorted()) {
                csv.printRecord(c.name(), c.mentions(), c.articles(), c.type(),
                        NameCandidates.jsonList(c.spellings()), c.aliasesLine());
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        try {
            PartitionPartWriter.sync(target);
            return new PublishedFile(NAME_CANDIDATES + ".csv", "csv", NAME_CANDIDATES, rows, Files.size(target),
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countRecords(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CsvPartWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(in)) {
            long n = 0;
            for (var ignored : parser) {
                n++;
            }
            return n;
        }
    }

    private static Map<String, Object> manifestJson(RunManifest m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_date", m.runDate().toString());
        json.put("job_execution_id", m.jobExecutionId());
        json.put("job_instance_id", m.jobInstanceId());
        json.put("input_root", m.inputRoot());
        json.put("started_at", m.startedAt() == null ? null : m.startedAt().toString());
        json.put("published_at", m.publishedAt().toString());
        json.put("counts", new java.util.TreeMap<>(m.counts()));
        List<Map<String, Object>> files = new ArrayList<>();
        for (PublishedFile f : m.files()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", f.path());
            file.put("format", f.format());
            file.put("table", f.table());
            file.put("rows", f.rows());
            file.put("bytes", f.bytes());
            file.put("sha256", f.sha256());
            files.add(file);
        }
        json.put("files", files);
        return json;
    }

    /**
     * Removes the run's staging folder. A separate last step: until the publish step has committed, its work files
     * are needed to redo the bookkeeping of a run that was moved into place just before a crash.
     */
    public void cleanUp() {
        try {
            deleteTree(layout.staging());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove staging " + layout.staging(), e);
        }
        deleteIfEmpty(layout.staging().getParent());
    }

    /** The manifest of a published run, as written by {@link #publish}. */
    public static RunManifest readManifest(Path runDir) {
        try (InputStream in = Files.newInputStream(runDir.resolve(MANIFEST))) {
            return readManifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runDir.resolve(MANIFEST), e);
        }
    }

    /** A manifest read from a stream (a run published on a Hadoop file system). */
    public static RunManifest readManifest(InputStream manifestJson) {
        tools.jackson.databind.JsonNode json = JSON.readTree(manifestJson);
        Map<String, Long> counts = new LinkedHashMap<>();
        json.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        List<PublishedFile> files = new ArrayList<>();
        for (tools.jackson.databind.JsonNode f : json.get("files")) {
            files.add(new PublishedFile(f.get("path").asString(), f.get("format").asString(),
                    f.get("table").asString(), f.get("rows").asLong(), f.get("bytes").asLong(),
                    f.get("sha256").asString()));
        }
        String started = json.get("started_at").isNull() ? null : json.get("started_at").asString();
        return new RunManifest(java.time.LocalDate.parse(json.get("run_date").asString()),
                json.get("job_execution_id").asLong(), json.get("job_instance_id").asLong(),
                json.get("input_root").asString(), started == null ? null : java.time.Instant.parse(started),
                java.time.Instant.parse(json.get("published_at").asString()), counts, files);
    }

    /** Removes {@code dir} when nothing is left in it (another run date may still be staging there). */
    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Not empty, or in use: leave it.
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
