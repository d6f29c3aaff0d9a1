package dev.newsetl.job;

import dev.newsetl.html.HtmlLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code newsetl.html.*}: limits on web pages, untrusted input (docs: config/application.yml).
 *
 * @param maxPageSize pages over this size are rejected as PAGE_TOO_LARGE before they are decoded
 * @param maxNodes    pages with more elements than this are rejected as PAGE_TOO_COMPLEX before they are parsed
 */
@ConfigurationProperties("newsetl.html")
public record HtmlProperties(
        @DefaultValue("8MB") DataSize maxPageSize,
        @DefaultValue("200000") int maxNodes) {
    /** @throws IllegalArgumentException naming the setting when a limit is not positive */
    public HtmlLimits limits() {
        if (maxPageSize.toBytes() <= 0) {
            throw new IllegalArgumentException("newsetl.html.max-page-size must be positive: " + maxPageSize);
        }
        if (maxNodes <= 0) {
            throw new IllegalArgumentException("newsetl.html.max-nodes must be positive: " + maxNodes);
        }
        return new HtmlLimits(maxPageSize.toBytes(), maxNodes);
    }
}
