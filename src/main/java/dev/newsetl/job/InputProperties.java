package dev.newsetl.job;

import dev.newsetl.fs.Location;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code newsetl.input.*}: where articles are read from.
 *
 * @param dir         the input root: a local directory, or a Hadoop FileSystem URI ({@code hdfs://nn/news}, ...)
 * @param extensions  file extensions that hold articles; other files are rejected as NOT_ARTICLE
 * @param maxFileSize files over this size are rejected as TOO_LARGE without being read
 * @param maxLineLength plain-text files with a longer line (bytes between line breaks) are rejected as
 *                      LINE_TOO_LONG without being parsed
 */
@ConfigurationProperties("newsetl.input")
public record InputProperties(@DefaultValue("input") String dir,
                              @DefaultValue({"txt", "html", "htm"}) List<String> extensions,
                              @DefaultValue("5MB") DataSize maxFileSize,
                              @DefaultValue("1MB") DataSize maxLineLength) {
    /** @throws IllegalArgumentException naming the setting when {@code dir} is not a path or a valid URI */
    public Location location() {
        try {
            return Location.parse(dir);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("newsetl.input.dir: " + e.getMessage(), e);
        }
    }
}
