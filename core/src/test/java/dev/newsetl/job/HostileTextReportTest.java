package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text never renders: file names, source folders, {@code Source:} headers, entity names and the input path
 * made of markup, quotes, {@code javascript:} and Unicode tricks go through a real run, and the report parsed with
 * jsoup has exactly the elements and attributes of the same run over harmless words in their place (its template),
 * with every hostile string shown as text.
 */
class HostileTextReportTest {
    /** Hostile strings; those without a slash can also be folder and file names. */
    private static final String[] HOSTILE = {
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(2)>",
        "javascript:alert(3)",
        "\u202Eexe.txt", // right-to-left override: would show as "txt.exe"
        "zero\u200Bwidth\u2066isolate", // invisible characters
        "\u0410nadolu", // Cyrillic А: a lookalike of Anadolu
        "<b onmouseover=alert(4)>bold",
        "x</title></text></svg><script>alert(5)</script>",
        "y</style><script>alert(6)</script><!--",
        "z<a href=\"javascript:alert(7)\">link</a>",
    };

    private static final int AS_FOLDER = 7; // HOSTILE[0..6] have no slash

    @Test
    void reportShowsHostileInputAsTextAndHasOnlyItsTemplatesElements(@TempDir Path temp) throws Exception {
        Document hostile = report(temp.resolve("hostile"), s -> s);
        Document benign = report(temp.resolve("benign"), HostileTextReportTest::benign);

        assertThat(skeleton(hostile))
                .as("elements and attributes, in document order")
                .isEqualTo(skeleton(benign));
        assertThat(hostile.select("script, img, a, iframe, object, embed, link, base, form"))
                .isEmpty();
        for (Element element : hostile.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue())
                        .doesNotContainIgnoringCase("javascript:")
                        .doesNotContain("alert(");
            }
        }
        String text = hostile.text();
        for (String s : HOSTILE) {
            assertThat(text).as("shown as text: %s", s).contains(shown(s));
        }
        assertThat(text).doesNotContain("\u202E", "\u200B", "\u2066").contains("[U+202E]exe.txt");
    }

    /** Runs the job over the corpus made of {@code words} (the hostile strings or their benign twins). */
    private static Document report(Path root, UnaryOperator<String> words) throws Exception {
        Path input = Files.createDirectories(root.resolve(words.apply("in" + HOSTILE[0])));
        StringBuilder dictionary = new StringBuilder();
        for (int i = 0; i < HOSTILE.length; i++) {
            String word = words.apply(HOSTILE[i]);
            // An entity whose canonical name is the string, recognized by a plain alias in the article.
            dictionary
                    .append("hostile-")
                    .append(i)
                    .append("\tPERSON\tQ")
                    .append(word)
                    .append("\tZarkov Quell")
                    .append((char) ('a' + i))
                    .append('\n');
            String header = i < AS_FOLDER ? "" : "Source: " + word + "\n";
            String folder = i < AS_FOLDER ? word : "folder-" + i;
            String file = (i < AS_FOLDER ? word : "file-" + i) + ".txt";
            String article = "Title " + word + "\n" + header + "\n"
                    + "Zarkov Quell" + (char) ('a' + i) + " said on Monday that the talks about " + word
                    + " went on until late, and the mediators were hopeful about the next round.\n\n"
                    + "A second paragraph repeats what " + word + " means for the region and its people.\n";
            Path dir = Files.createDirectories(input.resolve(folder));
            Files.writeString(dir.resolve(file), article, StandardCharsets.UTF_8);
        }
        Path dictionaryFile = Files.writeString(root.resolve("aliases.tsv"), dictionary, StandardCharsets.UTF_8);
        Path output = root.resolve("output");
        Cli.Result result = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=2026-02-02",
                "--newsetl.names.dictionary=" + dictionaryFile);
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path html = output.resolve("run_date=2026-02-02/report.html");
        return Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    }

    private static String benign(String s) {
        for (int i = 0; i < HOSTILE.length; i++) {
            s = s.replace(HOSTILE[i], "benign" + i);
        }
        return s;
    }

    /** How the report shows a string: invisible characters as code points. Bars cut labels, titles do not. */
    private static String shown(String s) {
        StringBuilder out = new StringBuilder();
        s.chars()
                .forEach(c -> out.append(
                        c == 0x202E || c == 0x200B || c == 0x2066
                                ? String.format("[U+%04X]", c)
                                : String.valueOf((char) c)));
        return out.toString();
    }

    private static List<String> skeleton(Document doc) {
        List<String> shape = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            List<String> attributes = new ArrayList<>();
            element.attributes().forEach(a -> attributes.add(a.getKey()));
            attributes.sort(null);
            shape.add(element.tagName() + attributes);
        }
        return shape;
    }
}
