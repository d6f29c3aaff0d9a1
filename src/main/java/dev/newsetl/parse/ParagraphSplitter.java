package dev.newsetl.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits body lines into paragraphs. Files come in two layouts: blank-line-separated paragraphs (possibly
 * hard-wrapped, so lines inside a block are joined), and one paragraph per line with no blank lines at all. A blank
 * line between two text lines decides which layout a body uses; blank lines at the edges do not.
 */
final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    /** Paragraphs of cleaned lines, never blank. */
    static List<String> split(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) {
            first++;
        }
        int last = lines.size() - 1;
        while (last >= first && lines.get(last).isEmpty()) {
            last--;
        }
        List<String> body = lines.subList(first, last + 1);
        List<String> paragraphs = new ArrayList<>();
        if (!body.contains("")) {
            paragraphs.addAll(body);
            return paragraphs;
        }
        StringBuilder block = new StringBuilder();
        for (String line : body) {
            if (line.isEmpty()) {
                flush(block, paragraphs);
            } else {
                if (block.length() > 0) {
                    block.append(' ');
                }
                block.append(line);
            }
        }
        flush(block, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder block, List<String> paragraphs) {
        if (block.length() > 0) {
            paragraphs.add(block.toString());
            block.setLength(0);
        }
    }
}
