package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * The input listing on disk: one line per file, so partitions can refer to line ranges instead of carrying file
 * names in the job repository. Written once per run; a restart reads the same listing, so partitions keep their
 * contents even if the input tree changed meanwhile.
 */
public final class ListingFile {
    private ListingFile() {
    }

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

    /** Calls {@code sink} for lines {@code [from, to)} of the listing. */
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
        return escape(f.relativePath()) + '\t' + f.size() + '\t'
                + (f.rejected() == null ? "-" : f.rejected().name()) + '\t' + escape(f.detail()) + '\t'
                + f.modifiedMillis();
    }

    static ListedFile parse(String line) {
        String[] parts = line.split("\t", 5);
        if (parts.length != 5) {
            throw new IllegalStateException("corrupt input listing line: " + line);
        }
        RejectReason reason = parts[2].equals("-") ? null : RejectReason.valueOf(parts[2]);
        return new ListedFile(unescape(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[4]), reason,
                unescape(parts[3]));
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
                out.append(switch (n) {
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
}
