package dev.newsetl.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code newsetl.input.*}: where articles are read from.
 *
 * @param dir         the input root
 * @param extensions  file extensions that hold articles; other files are rejected as NOT_ARTICLE
 * @param maxFileSize files over this size are rejected as TOO_LARGE without being read
 */
@ConfigurationProperties("newsetl.input")
public record InputProperties(@DefaultValue("input") Path dir, @DefaultValue("txt") List<String> extensions,
                              @DefaultValue("5MB") DataSize maxFileSize) {
}
