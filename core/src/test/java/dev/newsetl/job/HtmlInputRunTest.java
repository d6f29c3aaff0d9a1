package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages in the input tree run through the real job; DuckDB reads the page's metadata back from the Parquet. */
class HtmlInputRunTest {

    @Test
    void htmlPagesBecomeArticlesWithTheirMetadata(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("input");
        Path web = Files.createDirectories(input.resolve("web"));
        copy("json-ld-article.html", web.resolve("bruecke.html"));
        copy("cookie-banner.html", web.resolve("harbour.htm"));
        copy("no-main-text.html", web.resolve("index.html"));
        copy("standfirst-and-intertitles.html", web.resolve("ferry.html"));
        Files.writeString(
                web.resolve("plain.txt"),
                "Talks in Cairo\n\nThe talks went on until late, and the" + " mediators were hopeful.\n",
                StandardCharsets.UTF_8);
        Path output = temp.resolve("output");

        Cli.Result result = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2026-03-03");
        assertThat(result.exitCode()).as(result.err()).isZero();

        Path run = output.resolve("run_date=2026-03-03");
        try (DuckDb duck = new DuckDb()) {
            Map<String, List<Object>> rows = new HashMap<>();
            for (List<Object> row : duck.rows("SELECT source_file, title, array_to_string(authors, '|'), "
                    + "canonical_url, site_name, strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M'), "
                    + "date_source, language, url, body FROM read_parquet('" + TestFiles.sql(run)
                    + "/articles/*.parquet')")) {
                rows.put((String) row.get(0), row);
            }
            assertThat(rows).containsOnlyKeys("web/bruecke.html", "web/harbour.htm", "web/ferry.html", "web/plain.txt");
            List<Object> bruecke = rows.get("web/bruecke.html");
            assertThat(bruecke.subList(1, 9))
                    .containsExactly(
                            "Neue Brücke über die Ems eröffnet",
                            "Anna Meyer|Jonas Berg",
                            "https://www.emsland-kurier.example/lokales/2024/05/14/neue-bruecke-ems",
                            "Emsland Kurier",
                            "2024-05-14T05:30",
                            "json-ld",
                            "de",
                            "https://www.emsland-kurier.example/lokales/2024/05/14/neue-bruecke-ems");
            assertThat((String) bruecke.get(9))
                    .startsWith("Nach zwei Jahren Bauzeit")
                    .doesNotContain("Impressum");
            List<Object> harbour = rows.get("web/harbour.htm");
            assertThat(harbour.subList(1, 8))
                    .containsExactly(
                            "Harbour reopens after storm repairs",
                            "Mary Quinn",
                            null,
                            null,
                            "2023-11-02T10:15",
                            "html-meta",
                            "en");
            assertThat((String) harbour.get(9)).doesNotContain("cookies");
            assertThat(duck.rows("SELECT summary, array_to_string(subheadings, '|') FROM read_parquet('"
                            + TestFiles.sql(run) + "/articles/*.parquet') WHERE source_file = 'web/ferry.html'"))
                    .containsExactly(List.of(
                            "Two new boats and a night crossing: the island service changes on 1 June, and fares"
                                    + " stay the same.",
                            "A night crossing|Fares unchanged"));
            List<Object> plain = rows.get("web/plain.txt");
            assertThat(plain.get(3)).isNull();
            assertThat(plain.get(4)).isNull();

            List<List<Object>> rejects = duck.rows("SELECT source_file, reason FROM read_csv('" + TestFiles.sql(run)
                    + "/rejects.csv', header = true, all_varchar = true)");
            assertThat(rejects).containsExactly(List.of("web/index.html", "NO_MAIN_TEXT"));
        }
    }

    private static void copy(String fixture, Path to) throws IOException {
        try (InputStream in = HtmlInputRunTest.class.getResourceAsStream("/html/" + fixture)) {
            Files.copy(in, to);
        }
    }
}
