package dev.newsetl.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code newsetl.names.*}: the alias dictionary a curator maintains, and the recognizer for the names it does not
 * list.
 *
 * @param recognizer false: names come from the dictionary alone
 * @param model      the recognizer's model file; empty for the model bundled in the jar
 */
@ConfigurationProperties("newsetl.names")
public record NamesProperties(
        @DefaultValue("config/aliases.tsv") Path dictionary,
        @DefaultValue("true") boolean recognizer,
        Path model) {}
