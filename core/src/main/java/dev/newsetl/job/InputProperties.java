package dev.newsetl.job;

import dev.newsetl.fs.Location;
import dev.newsetl.read.InputLimits;
import dev.newsetl.read.JsonFieldMapping;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code newsetl.input.*}: where articles are read from, the limits on untrusted input, and the JSON key mapping.
 *
 * @param dir             the input root: a local directory, or a Hadoop FileSystem URI ({@code hdfs://nn/news}, ...)
 * @param extensions      file extensions that hold articles, also under {@code .gz} / {@code .zst}; other files are
 *                        rejected as NOT_ARTICLE
 * @param maxFileSize     files over this size (after decompression) are rejected as TOO_LARGE
 * @param maxInflatedSize a container file (WARC, JSON Lines) past this many bytes after decompression: the rest of
 *                        it is one INFLATED_TOO_LARGE reject
 * @param maxRecordSize   a WARC record or JSON object over this size is a RECORD_TOO_LARGE reject
 * @param maxLineLength   a line of plain text or JSON Lines (bytes between line breaks) over this size is a
 *                        LINE_TOO_LONG reject, not parsed
 * @param maxJsonDepth    a JSON object nested deeper than this is a JSON_TOO_DEEP reject
 * @param jsonTitle       keys of a JSON object's title, first present wins (and so for the others)
 * @param jsonText        keys of its text; an object with none is a NO_TEXT reject
 * @param jsonUrl         keys of its URL
 * @param jsonDate        keys of its publication date ({@code date_source} {@code json})
 * @param jsonAuthors     keys of its authors (a list of names or one name)
 * @param jsonLanguage    keys of its language
 * @param jsonSite        keys of its site or outlet name
 */
@ConfigurationProperties("newsetl.input")
public record InputProperties(
        @DefaultValue("input") String dir,

        @DefaultValue({"txt", "html", "htm", "warc", "jsonl", "ndjson", "json"})
        List<String> extensions,

        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("16GB") DataSize maxInflatedSize,
        @DefaultValue("10MB") DataSize maxRecordSize,
        @DefaultValue("10MB") DataSize maxLineLength,
        @DefaultValue("64") int maxJsonDepth,
        @DefaultValue({"title", "headline"}) List<String> jsonTitle,

        @DefaultValue({"maintext", "content", "text", "body"})
        List<String> jsonText,

        @DefaultValue("url") List<String> jsonUrl,

        @DefaultValue({"date_publish", "date", "published_at"})
        List<String> jsonDate,

        @DefaultValue({"authors", "author"}) List<String> jsonAuthors,
        @DefaultValue("language") List<String> jsonLanguage,
        @DefaultValue({"source_domain", "source"}) List<String> jsonSite) {
    /** @throws IllegalArgumentException naming the setting when {@code dir} is not a path or a valid URI */
    public Location location() {
        return Location.parse(dir, "newsetl.input.dir");
    }

    /** @throws IllegalArgumentException naming the limits when one is not positive */
    public InputLimits limits() {
        try {
            return new InputLimits(
                    maxFileSize.toBytes(),
                    maxInflatedSize.toBytes(),
                    maxRecordSize.toBytes(),
                    maxLineLength.toBytes(),
                    maxJsonDepth);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("newsetl.input.max-*: every limit must be positive", e);
        }
    }

    public JsonFieldMapping jsonMapping() {
        return new JsonFieldMapping(jsonTitle, jsonText, jsonUrl, jsonDate, jsonAuthors, jsonLanguage, jsonSite);
    }
}
