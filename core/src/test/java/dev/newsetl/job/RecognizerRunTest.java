package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with a recognizer (the test class path's {@code .tags} model, see TaggingRecognizerProvider): recognized
 * names in the entities table with found_by and confidence, in persons/organizations and in the curator's queue;
 * the recognizer switched off; a missing or corrupt model is a configuration error naming the file.
 */
class RecognizerRunTest {

    private static Path model(Path dir, String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void recognizedNamesReachTheEntitiesTableAndTheCuratorsQueue(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path model = model(
                temp,
                "names.tags",
                "PERSON\tKyriakos Mitsotakis\nLOCATION\tMaximos Mansion\n" + "LOCATION\tAthens\nLOCATION\tAegean\n");
        Path output = temp.resolve("output");
        Cli.Result result = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=2026-01-30",
                "--newsetl.names.model=" + model);
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path run = output.resolve("run_date=2026-01-30");
        try (DuckDb duck = new DuckDb()) {
            String entities = "read_parquet('" + TestFiles.sql(run) + "/entities/*.parquet')";
            // the dictionary knows Mitsotakis: it stays the dictionary's, with its id
            assertThat(duck.one("SELECT found_by FROM " + entities + " WHERE entity_id = 'kyriakos-mitsotakis'"
                            + " LIMIT 1"))
                    .isEqualTo("dictionary");
            assertThat(duck.count("SELECT count(*) FROM " + entities + " WHERE entity_id = 'loc-athens'"
                            + " AND found_by = 'recognized' AND name = 'Athens' AND confidence = 0.75"))
                    .isPositive();
            assertThat(duck.count("SELECT count(*) FROM " + entities + " WHERE found_by = 'dictionary'"
                            + " AND confidence IS NOT NULL"))
                    .isZero();
            String csv = "read_csv_auto('" + TestFiles.sql(run) + "/entities.csv')";
            assertThat(duck.count(
                            "SELECT count(*) FROM (SELECT article_id, entity_id, found_by, confidence FROM " + entities
                                    + " EXCEPT SELECT article_id, entity_id, found_by, confidence FROM " + csv + ")"))
                    .isZero();
            assertThat(duck.count("SELECT count(*) FROM read_parquet('" + TestFiles.sql(run)
                            + "/articles/*.parquet') WHERE list_contains(locations, 'Maximos Mansion')"))
                    .isEqualTo(1);
            List<List<Object>> queue = duck.rows("SELECT name, type, mentions, articles, spellings, aliases_line"
                    + " FROM read_csv('" + TestFiles.sql(run) + "/name_candidates.csv', header = true,"
                    + " all_varchar = true) WHERE name = 'Athens'");
            assertThat(queue).hasSize(1);
            assertThat(queue.get(0).get(1)).isEqualTo("LOCATION");
            assertThat(queue.get(0).get(4)).isEqualTo("[\"Athens\"]");
            assertThat(queue.get(0).get(5)).isEqualTo("athens\tLOCATION\tAthens");
        }
    }

    @Test
    void switchedOffTheRecognizerReadsNoModel(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Cli.Result result = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + temp.resolve("output"),
                "--newsetl.names.recognizer=false",
                "--newsetl.names.model=" + temp.resolve("absent.bin"));
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void aMissingModelIsAConfigurationErrorNamingTheFile(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Cli.Result result = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + temp.resolve("output"),
                "--newsetl.names.model=" + temp.resolve("no-such-model.bin"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("news-etl: configuration error:")
                .contains("no-such-model.bin")
                .contains("does not exist");
    }

    @Test
    void aCorruptModelIsAConfigurationErrorNamingTheFile(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path tags = model(temp, "broken.tags", "PERSON Kyriakos Mitsotakis without a tab\n");
        Cli.Result result = Cli.run(
                "run", "--input=" + input, "--output=" + temp.resolve("output"), "--newsetl.names.model=" + tags);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("news-etl: configuration error:")
                .contains("broken.tags")
                .contains("not a usable name recognizer model");
        Path garbage = temp.resolve("garbage.bin");
        Files.write(garbage, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, (byte) 0xFF});
        Cli.Result other = Cli.run(
                "run", "--input=" + input, "--output=" + temp.resolve("output"), "--newsetl.names.model=" + garbage);
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("news-etl: configuration error:").contains("garbage.bin");
    }
}
