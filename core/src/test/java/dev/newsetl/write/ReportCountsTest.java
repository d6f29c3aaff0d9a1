package dev.newsetl.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCountsTest {

    static Article article(String id, String source, Instant published, EntityStat... entities) {
        return new Article(
                id,
                source,
                source + "/" + id + ".txt",
                null,
                "Title " + id,
                null,
                null,
                published,
                published == null ? null : "header",
                "en",
                "Body text.",
                "Body text.",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                1,
                2,
                "sha",
                0L,
                null,
                id,
                "UTF-8",
                Instant.EPOCH,
                List.of(entities),
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null);
    }

    static EntityStat entity(String id, String name, EntityType type, int mentions) {
        return new EntityStat(id, name, type, mentions, List.of(name));
    }

    @Test
    void countsSourcesDaysAndEntitiesAndSurvivesSaveAndLoadAcrossPartitions(@TempDir Path temp) throws Exception {
        ReportCounts p0 = new ReportCounts();
        p0.add(article(
                "a",
                "anadolu",
                Instant.parse("2026-01-26T23:30:00Z"),
                entity("hamas", "Hamas", EntityType.ORGANIZATION, 3)));
        p0.add(article("b", "anadolu", null, entity("ankara", "Ankara", EntityType.LOCATION, 1)));
        ReportCounts p1 = new ReportCounts();
        p1.add(article(
                "c",
                "wire\tfeed",
                Instant.parse("2026-01-27T00:10:00Z"),
                entity("hamas", "Hamas", EntityType.ORGANIZATION, 2),
                entity("ibrahim-kalin", "İbrahim Kalın", EntityType.PERSON, 4)));
        p0.save(Files.createDirectories(temp.resolve("p0")));
        p1.save(Files.createDirectories(temp.resolve("p1")));

        ReportCounts run = new ReportCounts()
                .load(temp.resolve("p0"))
                .load(temp.resolve("p1"))
                .load(temp.resolve("missing-partition"));

        assertThat(run.sources()).containsExactly(Map.entry("anadolu", 2L), Map.entry("wire feed", 1L));
        assertThat(run.days())
                .containsExactly(
                        Map.entry(LocalDate.parse("2026-01-26"), 1L), Map.entry(LocalDate.parse("2026-01-27"), 1L));
        assertThat(run.undated()).isEqualTo(1);
        assertThat(run.topEntities(2))
                .containsExactly(
                        new ReportCounts.EntityTotal("hamas", "Hamas", "ORGANIZATION", 5, 2),
                        new ReportCounts.EntityTotal("ibrahim-kalin", "İbrahim Kalın", "PERSON", 4, 1));
    }

    @Test
    void mergeAddsUp() {
        ReportCounts a = new ReportCounts();
        a.add(article("a", "x", null));
        ReportCounts b = new ReportCounts();
        b.add(article("b", "x", null, entity("nato", "NATO", EntityType.ORGANIZATION, 2)));
        a.merge(b);
        assertThat(a.sources()).containsExactly(Map.entry("x", 2L));
        assertThat(a.topEntities(5))
                .extracting(ReportCounts.EntityTotal::mentions)
                .containsExactly(2L);
    }
}
