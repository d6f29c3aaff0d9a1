package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.SharedData;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two real seed articles (two outlets' reports of one meeting), read from ../shared/seeds where the checkout has
 * it (they are not copied into the repository): titles, canonical names and one shared story; an unrelated sample
 * article gets a story of its own.
 */
class SeedArticlesTest {
    private static final Path SEEDS = SharedData.resolve("seeds");

    @Test
    void bothOutletsReportsShareAStoryWithCanonicalNames(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside this checkout");
        List<Path> seeds;
        try (var files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(seeds.size() == 2, "expected the two seed articles");
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("outlet-a"));
        Files.createDirectories(input.resolve("outlet-b"));
        Files.createDirectories(input.resolve("unrelated"));
        Files.copy(seeds.get(0), input.resolve("outlet-a/seed.txt"));
        Files.copy(seeds.get(1), input.resolve("outlet-b/seed.txt"));
        Files.copy(
                Path.of("input/wire/2025-11-26-thanksgiving-turkey-brine.txt"), input.resolve("unrelated/turkey.txt"));
        Path output = temp.resolve("output");

        Cli.Result result = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2026-01-26");
        assertThat(result.exitCode()).as(result.err()).isZero();

        try (DuckDb duck = new DuckDb()) {
            String articles = "read_parquet('" + TestFiles.sql(output) + "/run_date=2026-01-26/articles/*.parquet')";
            List<List<Object>> rows = duck.rows("SELECT source_file, title IS NOT NULL, photo_credit,"
                    + " list_contains(persons, 'İbrahim Kalın'), list_contains(persons, 'Recep Tayyip Erdoğan'),"
                    + " list_contains(locations, 'Türkiye'), story_id FROM " + articles + " ORDER BY source_file");
            assertThat(rows).hasSize(3);
            List<Object> a = rows.get(0);
            List<Object> b = rows.get(1);
            List<Object> other = rows.get(2);
            assertThat(a.subList(0, 6)).containsExactly("outlet-a/seed.txt", true, "AFP Photo", true, true, true);
            assertThat(b.subList(0, 6)).containsExactly("outlet-b/seed.txt", false, null, true, true, true);
            assertThat(b.get(6)).isEqualTo(a.get(6));
            assertThat(other.get(6)).isNotEqualTo(a.get(6));
            assertThat(duck.count("SELECT count(*) FROM " + articles + " WHERE body_normalized LIKE '%Kalin%'"
                            + " OR body_normalized LIKE '%Erdogan%'"))
                    .isZero();
        }
    }
}
