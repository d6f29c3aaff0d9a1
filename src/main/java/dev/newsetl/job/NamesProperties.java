package dev.newsetl.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code newsetl.names.*}: the alias dictionary a curator maintains. */
@ConfigurationProperties("newsetl.names")
public record NamesProperties(@DefaultValue("config/aliases.tsv") Path dictionary) {
}
