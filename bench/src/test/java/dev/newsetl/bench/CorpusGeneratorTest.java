package dev.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.parse.ArticleParser;
import dev.newsetl.read.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a small corpus: deterministic, the three shapes parse as intended, the mess is there. */
class CorpusGeneratorTest {

    private static final Path ALIASES = Path.of("config/aliases.tsv");
    private static final int ARTICLES = 3_000;

    @TempDir
    static Path tmp;

    private static CorpusGenerator.Stats stats;
    private static Map<String, byte[]> corpus;

    @BeforeAll
    static void generate() throws Exception {
        stats = new CorpusGenerator(ALIASES, 42).generate(tmp.resolve("a"), ARTICLES, 2);
        corpus = read(tmp.resolve("a"));
    }

    @Test
    void sameSeedGivesTheSameFilesWhateverTheThreadCount() throws Exception {
        new CorpusGenerator(ALIASES, 42).generate(tmp.resolve("b"), ARTICLES, 1);
        Map<String, byte[]> again = read(tmp.resolve("b"));

        assertThat(again.keySet()).isEqualTo(corpus.keySet());
        for (String path : corpus.keySet()) {
            assertThat(again.get(path)).as(path).isEqualTo(corpus.get(path));
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws Exception {
        new CorpusGenerator(ALIASES, 43).generate(tmp.resolve("c"), 50, 1);

        assertThat(read(tmp.resolve("c")).keySet()).doesNotContainAnyElementsOf(corpus.keySet());
    }

    @Test
    void writesTheRequestedCountInFourSourceFoldersAtAboutOneKilobyteEach() {
        assertThat(corpus).hasSize(ARTICLES);
        assertThat(stats.files()).isEqualTo(ARTICLES);
        assertThat(corpus.keySet().stream()
                        .map(p -> p.substring(0, p.indexOf('/')))
                        .distinct()
                        .sorted())
                .containsExactly("anadolu", "daily-sabah", "jerusalem-post", "wire");
        assertThat(stats.bytes() / (double) ARTICLES).isBetween(950.0, 1250.0);
    }

    @Test
    void aboutTwoPercentNearDuplicatesAndAFewBadFiles() {
        assertThat(stats.nearDuplicates()).isBetween(ARTICLES * 15L / 1000, ARTICLES * 25L / 1000);
        assertThat(stats.badFiles()).isBetween(1L, 10L);
        assertThat(stats.articles()).isEqualTo(ARTICLES - stats.badFiles());
    }

    @Test
    void eachShapeParsesTheWayItIsMeant() {
        TextDecoder decoder = new TextDecoder();
        ArticleParser parser = new ArticleParser();
        int headline = 0;
        int lines = 0;
        int header = 0;
        for (byte[] bytes : corpus.values()) {
            Decoded decoded = decoder.decode(bytes);
            if (!(decoded instanceof DecodedText text)) {
                continue;
            }
            String body = text.text();
            ParsedArticle parsed = parser.parse(body);
            if (body.isBlank()) {
                continue;
            }
            if (body.startsWith("Title: ")) {
                header++;
                assertThat(parsed.headers()).containsKeys("title", "source", "published", "url");
                assertThat(parsed.title()).isNotBlank();
            } else if (body.startsWith("\n") || body.startsWith("\r\n")) {
                lines++;
                assertThat(parsed.title()).as(body).isNull();
                assertThat(parsed.paragraphs()).hasSizeGreaterThanOrEqualTo(3);
            } else {
                headline++;
                assertThat(parsed.title()).as(body).isNotBlank();
                assertThat(parsed.photoCredit()).as(body).isNotBlank();
            }
            assertThat(parsed.paragraphs()).as(body).isNotEmpty();
        }
        assertThat(List.of(headline, lines, header))
                .allSatisfy(n -> assertThat(n).isGreaterThan(ARTICLES / 5));
    }

    @Test
    void namesComeInTheSpellingsANewsroomMixes() {
        String all = String.join(
                "\n",
                corpus.values().stream()
                        .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                        .toList());

        assertThat(all)
                .contains(
                        "İbrahim Kalın",
                        "Ibrahim Kalin",
                        "Türkiye",
                        "Turkiye",
                        "Turkey",
                        "Erdoğan",
                        "Erdogan",
                        "Khan Younis",
                        "\u2019s ",
                        "'s ",
                        "(AA Photo)",
                        "(AFP Photo)",
                        "\u201c",
                        "turkey");
        assertThat(all).containsPattern("(?m)^[A-ZÇĞİÖŞÜ0-9 ,:'’-]{25,}$");
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
