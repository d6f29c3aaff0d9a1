package dev.newsetl.write;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** manifest.json: a {@link RunManifest} written for readers of the dataset, and read back for crash recovery. */
public final class ManifestJson {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ManifestJson() {}

    public static byte[] bytes(RunManifest m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_date", m.runDate().toString());
        json.put("job_execution_id", m.jobExecutionId());
        json.put("job_instance_id", m.jobInstanceId());
        json.put("input_root", m.inputRoot());
        json.put("started_at", m.startedAt() == null ? null : m.startedAt().toString());
        json.put("published_at", m.publishedAt().toString());
        json.put("counts", new TreeMap<>(m.counts()));
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
        return JSON.writeValueAsBytes(json);
    }

    public static RunManifest read(InputStream manifestJson) {
        JsonNode json = JSON.readTree(manifestJson);
        Map<String, Long> counts = new LinkedHashMap<>();
        json.get("counts")
                .properties()
                .forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        List<PublishedFile> files = new ArrayList<>();
        for (JsonNode f : json.get("files")) {
            files.add(new PublishedFile(
                    f.get("path").asString(),
                    f.get("format").asString(),
                    f.get("table").asString(),
                    f.get("rows").asLong(),
                    f.get("bytes").asLong(),
                    f.get("sha256").asString()));
        }
        String started =
                json.get("started_at").isNull() ? null : json.get("started_at").asString();
        return new RunManifest(
                LocalDate.parse(json.get("run_date").asString()),
                json.get("job_execution_id").asLong(),
                json.get("job_instance_id").asLong(),
                json.get("input_root").asString(),
                started == null ? null : Instant.parse(started),
                Instant.parse(json.get("published_at").asString()),
                counts,
                files);
    }
}
