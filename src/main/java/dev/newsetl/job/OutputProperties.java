package dev.newsetl.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code newsetl.output.*}: where runs are published.
 *
 * @param dir         the output root; runs appear as {@code run_date=YYYY-MM-DD} folders under it
 * @param databaseUrl JDBC URL of the job repository; empty means an H2 file under {@code <dir>/_meta/}
 */
@ConfigurationProperties("newsetl.output")
public record OutputProperties(@DefaultValue("output") Path dir, @DefaultValue("") String databaseUrl) {
}
