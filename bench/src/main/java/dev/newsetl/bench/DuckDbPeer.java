package dev.newsetl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The peer of issue 6: DuckDB reads every article file, applies three regular-expression rewrites to its text and
 * writes one zstd Parquet file. Run in its own JVM by {@link BenchmarkMain} so its wall time and peak RSS are
 * measured the same way as ours.
 *
 * <pre>java -cp ... dev.newsetl.bench.DuckDbPeer --input=DIR --output=FILE.parquet [--threads=2] [--reader=text|blob]</pre>
 *
 * {@code --reader=text} is the query exactly as the issue states it ({@code read_text}); DuckDB aborts the whole
 * query on the first file that is not valid UTF-8, which a realistic corpus has. {@code --reader=blob} reads the
 * same files with {@code read_blob} and drops the undecodable ones with {@code try(decode(...))}, doing the same
 * work otherwise.
 */
public final class DuckDbPeer {

    private DuckDbPeer() {}

    public static void main(String[] args) throws Exception {
        Path input = null;
        Path output = null;
        int threads = 2;
        String reader = "text";
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--input=")) {
                input = Path.of(value).toAbsolutePath().normalize();
            } else if (arg.startsWith("--output=")) {
                output = Path.of(value).toAbsolutePath().normalize();
            } else if (arg.startsWith("--threads=")) {
                threads = Integer.parseInt(value);
            } else if (arg.startsWith("--reader=")) {
                reader = value;
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException(
                    "usage: --input=DIR --output=FILE.parquet [--threads=N] [--reader=text|blob]");
        }
        Files.createDirectories(output.getParent());
        Files.deleteIfExists(output);
        String sql = copySql(input, output, reader);
        System.out.println(sql);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            s.execute("SET preserve_insertion_order = false");
            s.execute(sql);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + quote(output) + "')")) {
                rs.next();
                System.out.printf("rows=%d seconds=%.2f%n", rs.getLong(1), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /**
     * Three rewrites a minimal text pipeline does: line ends to LF, trailing blanks off, and one name spelling
     * normalized (ASCII {@code Ibrahim Kalin} to {@code İbrahim Kalın}); RE2 syntax.
     */
    static String copySql(Path input, Path output, String reader) {
        String glob = quote(input) + "/**/*.txt";
        String source = switch (reader) {
            case "text" -> "read_text('" + glob + "')";
            case "blob" ->
                "(SELECT filename, try(decode(content)) AS content FROM read_blob('" + glob
                        + "')) WHERE content IS NOT NULL";
            default -> throw new IllegalArgumentException("--reader must be text or blob, not " + reader);
        };
        return "COPY (SELECT filename, "
                + "regexp_replace(regexp_replace(regexp_replace(content, '\\r\\n?', '\\n', 'g'), "
                + "'[ \\t]+\\n', '\\n', 'g'), '(?i)\\bIbrahim Kalin\\b', 'İbrahim Kalın', 'g') AS body "
                + "FROM " + source + ") TO '" + quote(output) + "' (FORMAT parquet, COMPRESSION zstd)";
    }

    private static String quote(Path path) {
        return path.toString().replace("'", "''");
    }
}
