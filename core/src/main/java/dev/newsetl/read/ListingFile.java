package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The input listing on disk: one line per file, so partitions can refer to line ranges instead of carrying file
 * names in the job repository. Written once per run; a restart reads the same listing, so partitions keep their
 * contents even if the input tree changed meanwhile.
 */
public final class ListingFile {
    private ListingFile() {}

    /** Lists {@code tree} into {@code file} (written to a temporary name, then moved); returns the line count. */
    public static long write(InputListing tree, Path file) {
        return write(tree, file, listed -> true);
    }

    /** Lists the files of {@code tree} that {@code keep} accepts; returns the line count. */
    public static long write(InputListing tree, Path file, java.util.function.Predicate<ListedFile> keep) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        long[] count = {0};
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            tree.list(listed -> {
                if (!keep.test(listed)) {
                    return;
                }
                try {
                    out.write(format(listed));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write input listing " + tmp, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move input listing into place " + file, e);
        }
        return count[0];
    }

    public static long countLines(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input listing " + file, e);
        }
    }

    /**
     * Where every {@code step}-th line starts: element {@code i} is the byte offset of line {@code i * step}. One pass
     * over the file, so a run's partitions can each seek to their first line instead of reading past all the lines
     * before it (which made reading a listing quadratic in the number of partitions).
     */
    public static long[] lineOffsets(Path file, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        LongArrayBuilder offsets = new LongArrayBuilder();
        offsets.add(0);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long position = 0;
            long line = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n' && ++line % step == 0) {
                        offsets.add(position + i + 1);
                    }
                }
                position += n;
            }
            // A final offset at the end of the file is not the start of a line.
            if (offsets.size() > 1 && offsets.last() == position) {
                offsets.removeLast();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input listing " + file, e);
        }
        return offsets.toArray();
    }

    /** Calls {@code sink} for {@code lines} lines of the listing starting at byte {@code offset} (a line start). */
    public static void readAt(Path file, long offset, long lines, Consumer<ListedFile> sink) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                BufferedReader in = new BufferedReader(
                        Channels.newReader(channel.position(offset), StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            for (long line = 0; line < lines && (text = in.readLine()) != null; line++) {
                sink.accept(parse(text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input listing " + file, e);
        }
    }

    /** Calls {@code sink} for lines {@code [from, to)} of the listing, reading past the lines before {@code from}. */
    public static void read(Path file, long from, long to, Consumer<ListedFile> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            String text;
            while (line < to && (text = in.readLine()) != null) {
                if (line >= from) {
                    sink.accept(parse(text));
                }
                line++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input listing " + file, e);
        }
    }

    static String format(ListedFile f) {
        return escape(f.relativePath())
                + '\t'
                + f.size()
                + '\t'
                + (f.rejected() == null ? "-" : f.rejected().name())
                + '\t'
                + escape(f.detail())
                + '\t'
                + f.modifiedMillis()
                + (f.isRecord() ? "\t" + f.recordOffset() : "");
    }

    static ListedFile parse(String line) {
        String[] parts = line.split("\t", 6);
        if (parts.length < 5) {
            throw new IllegalStateException("corrupt input listing line: " + line);
        }
        RejectReason reason = parts[2].equals("-") ? null : RejectReason.valueOf(parts[2]);
        // A sixth column is a container record's offset; plain files keep the five columns they always had.
        return new ListedFile(
                unescape(parts[0]),
                Long.parseLong(parts[1]),
                Long.parseLong(parts[4]),
                reason,
                unescape(parts[3]),
                parts.length == 6 ? Long.parseLong(parts[5]) : -1L);
    }

    // File names may contain tabs or newlines; keep the one-line-per-file format unambiguous.
    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A growable long array: the offsets of a million-file listing are 8 KB, not a list of boxed longs. */
    private static final class LongArrayBuilder {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long last() {
            return values[size - 1];
        }

        void removeLast() {
            size--;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
