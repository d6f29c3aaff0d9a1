package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A growing input tree: the next run date processes only new and changed files; --full processes all. */
class IncrementalRunTest {

    @Test
    void laterRunsProcessOnlyNewOrChangedFiles(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        long files = TestFiles.countFiles(input);

        assertThat(run(input, output, "2026-03-01").exitCode()).isZero();
        assertThat(articles(output, "2026-03-01")).isEqualTo(files);

        Path added = input.resolve("wire/2026-03-02-new-article.txt");
        Files.writeString(
                added, "\nAnkara hosted a new round of talks on Monday, officials said.\n", StandardCharsets.UTF_8);
        Path changed = input.resolve("anadolu/2026-01-26-shaath-rafah-reopening.txt");
        Files.writeString(changed, Files.readString(changed) + "\nThis story was updated on Tuesday.\n");
        Files.setLastModifiedTime(
                changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5000));

        Cli.Result second = run(input, output, "2026-03-02");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(articles(output, "2026-03-02")).isEqualTo(2);
        try (DuckDb duck = new DuckDb()) {
            String all = "read_parquet('" + TestFiles.sql(output) + "/*/articles/*.parquet', hive_partitioning=true)";
            // The changed file is a new version: same source_file, a new article_id, in the later run.
            assertThat(duck.count("SELECT count(DISTINCT article_id) FROM " + all
                            + " WHERE source_file = 'anadolu/2026-01-26-shaath-rafah-reopening.txt'"))
                    .isEqualTo(2);
            // Latest version of each article across runs, as docs/DATASET.md shows it.
            String latest = "SELECT * FROM " + all
                    + " QUALIFY row_number() OVER (PARTITION BY source_file ORDER BY run_date DESC) = 1";
            assertThat(duck.count("SELECT count(*) FROM (" + latest + ")")).isEqualTo(files + 1);
            assertThat(duck.one("SELECT body LIKE '%updated on Tuesday%' FROM (" + latest + ") WHERE source_file ="
                            + " 'anadolu/2026-01-26-shaath-rafah-reopening.txt'"))
                    .isEqualTo(true);
        }
        try (Connection h2 = DriverManager.getConnection(
                        "jdbc:h2:file:" + output.resolve("_meta/newsetl") + ";AUTO_SERVER=TRUE", "sa", "");
                Statement st = h2.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT FIRST_RUN_DATE), MAX(LAST_RUN_DATE),"
                        + " MIN(LENGTH(SHA256)) FROM NEWSETL_INGESTED_FILE")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(files + 1);
            assertThat(rs.getLong(2)).isEqualTo(2);
            assertThat(rs.getDate(3).toLocalDate()).hasToString("2026-03-02");
            assertThat(rs.getInt(4)).isEqualTo(64);
        }

        Cli.Result full = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2026-03-03", "--full");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(articles(output, "2026-03-03")).isEqualTo(files + 1);
    }

    private static Cli.Result run(Path input, Path output, String date) {
        return Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=" + date);
    }

    private static long articles(Path output, String date) throws Exception {
        try (DuckDb duck = new DuckDb()) {
            return duck.count("SELECT count(*) FROM read_csv_auto('" + TestFiles.sql(output) + "/run_date=" + date
                    + "/articles.csv')");
        }
    }
}
