package dev.newsetl.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits body lines into blocks (paragraph candidates). The layouts:
 * <ul>
 *   <li>blank-line-separated paragraphs, the lines inside a block joined;</li>
 *   <li>one paragraph per line with no blank lines at all;</li>
 *   <li>hard-wrapped text (no line over {@value #WRAP_WIDTH} characters, lines that stop mid-sentence), where a
 *   paragraph starts after a blank line or with an indent (Reuters: a 4-space indent, ~65 columns).</li>
 * </ul>
 * A line deeper than the body's shallowest text line always starts a block, and a long line (a whole paragraph on
 * one line) is never joined to the next one: that keeps an intertitle under a paragraph its own block.
 */
final class ParagraphSplitter {

    static final int WRAP_WIDTH = 100;

    /**
     * A paragraph candidate.
     *
     * @param text     the joined, cleaned lines
     * @param lines    how many lines it was made of
     * @param indented  whether its first line was deeper than the body's shallowest lines
     * @param rawIndent the white space before its first line in the file (a tab counts 4)
     */
    record Block(String text, int lines, boolean indented, int rawIndent) {}

    private ParagraphSplitter() {}

    /** Paragraphs of cleaned lines, never blank (kept for callers that need only the text). */
    static List<String> split(List<String> lines) {
        int[] indents = new int[lines.size()];
        List<String> out = new ArrayList<>();
        for (Block b : blocks(lines, indents, 0, lines.size())) {
            out.add(b.text());
        }
        return out;
    }

    /** Blocks of {@code lines[from, to)}, whose raw indents are {@code indents[i]}. */
    static List<Block> blocks(List<String> lines, int[] indents, int from, int to) {
        int base = Integer.MAX_VALUE;
        int longest = 0;
        boolean blankBetween = false;
        boolean seenText = false;
        boolean pendingBlank = false;
        int midSentenceBreaks = 0;
        int deepest = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                pendingBlank = seenText;
                continue;
            }
            if (pendingBlank) {
                blankBetween = true;
                pendingBlank = false;
            }
            seenText = true;
            base = Math.min(base, indents[i]);
            deepest = Math.max(deepest, indents[i]);
            longest = Math.max(longest, line.length());
            if (i + 1 < to
                    && !lines.get(i + 1).isEmpty()
                    && indents[i + 1] <= indents[i]
                    && !Casing.endsSentence(line)
                    && line.length() >= 25) {
                midSentenceBreaks++;
            }
        }
        // Wrapped prose is flush (the plain fixture) or indent-started with flush continuation lines; lines all at one
        // indent above zero are rows of a table or whole paragraphs, one per line.
        boolean indentStarted = base == 0 && deepest > base;
        boolean wrapped = longest <= WRAP_WIDTH
                && (base == 0 || deepest == base)
                && !(base > 0 && deepest == base)
                && (midSentenceBreaks >= 2 || midSentenceBreaks == 1 && indentStarted);
        boolean onePerLine = !blankBetween && !wrapped;

        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = 0;
        boolean indented = false;
        int rawIndent = 0;
        String previous = null;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                count = flush(text, count, indented, rawIndent, blocks);
                previous = null;
                continue;
            }
            boolean deeper = indents[i] > base;
            boolean startsNew = previous == null
                    || deeper
                    || onePerLine
                    || previous.length() > WRAP_WIDTH
                    || line.length() > WRAP_WIDTH;
            if (startsNew && previous != null && continues(previous, line)) {
                startsNew = false;
            }
            if (startsNew) {
                count = flush(text, count, indented, rawIndent, blocks);
                indented = deeper;
                rawIndent = indents[i];
            } else {
                text.append(' ');
            }
            text.append(line);
            count++;
            previous = line;
        }
        flush(text, count, indented, rawIndent, blocks);
        return blocks;
    }

    /**
     * A paragraph never starts in the middle of a sentence: a line that starts in lower case after an unfinished
     * line, or any line after a whole paragraph's worth of text cut off mid-sentence (archives that lost a character
     * at a line break), continues it. A short unfinished line is a heading, and a heading ends where it ends.
     */
    private static boolean continues(String previous, String line) {
        if (Casing.endsSentence(previous)) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean cut = Character.isLetterOrDigit(last) || last == ',';
        return Character.isLowerCase(line.charAt(0)) || (cut && previous.length() > WRAP_WIDTH);
    }

    private static int flush(StringBuilder text, int count, boolean indented, int rawIndent, List<Block> blocks) {
        if (text.length() > 0) {
            blocks.add(new Block(text.toString(), count, indented, rawIndent));
            text.setLength(0);
        }
        return 0;
    }
}
