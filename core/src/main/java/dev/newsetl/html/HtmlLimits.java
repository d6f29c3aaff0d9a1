package dev.newsetl.html;

import java.io.Serializable;

/**
 * How much of an untrusted page the HTML path accepts before it stops: a page over either limit is a reject with its
 * own reason, never an out-of-memory. The node count is estimated before parsing (one pass over the decoded text
 * counting start tags), so a page of a million empty elements costs that pass and no DOM.
 *
 * @param maxPageBytes the largest page, in bytes as delivered (before decoding)
 * @param maxElements  the most start tags (elements) a page may have
 */
public record HtmlLimits(long maxPageBytes, int maxElements) implements Serializable {
    /** 8 MB and 200,000 elements: the largest real news page of the evaluation set is 1.6 MB, ~30,000 elements. */
    public static final HtmlLimits DEFAULT = new HtmlLimits(8L * 1024 * 1024, 200_000);

    public HtmlLimits {
        if (maxPageBytes <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("HTML limits must be positive: " + maxPageBytes + ", " + maxElements);
        }
    }
}
