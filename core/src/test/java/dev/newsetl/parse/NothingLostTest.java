package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.read.TextDecoder;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the parser takes out of the body is kept in its own field: every word of every file of
 * {@code ../shared/realworld/text} is in the body, title, caption, credit, dateline, authors, summary, subheadings,
 * the header block, or the site furniture the parser names (which is bounded, so it cannot swallow text).
 */
class NothingLostTest {

    @Test
    void everyWordOfEveryRealFileIsKept() throws IOException {
        Path root = SharedData.resolve("realworld/text");
        assumeTrue(Files.isDirectory(root), "shared corpus absent: " + root);
        ArticleParser parser = new ArticleParser();
        TextDecoder decoder = new TextDecoder();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lost = new ArrayList<>();
        for (Path file : files) {
            Decoded d = decoder.decode(Files.readAllBytes(file));
            if (!(d instanceof DecodedText text)) {
                continue;
            }
            ParsedArticle a = parser.parse(text.text());
            Set<String> kept = new HashSet<>();
            List<String> parts = new ArrayList<>(a.paragraphs());
            parts.addAll(a.authors());
            parts.addAll(a.subheadings());
            parts.addAll(a.furniture());
            a.headers().forEach((k, v) -> {
                parts.add(k);
                parts.add(v);
            });
            for (String s : new String[] {a.title(), a.caption(), a.photoCredit(), a.dateline(), a.summary()}) {
                if (s != null) {
                    parts.add(s);
                }
            }
            parts.forEach(p -> kept.addAll(words(p)));
            List<String> all = words(text.text());
            for (String w : all) {
                if (!kept.contains(w)) {
                    lost.add(root.relativize(file) + ": " + w);
                }
            }
            int furnitureWords =
                    a.furniture().stream().mapToInt(f -> words(f).size()).sum();
            assertThat(furnitureWords).as("furniture of %s", file).isLessThanOrEqualTo(Math.max(40, all.size() / 5));
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(lost).isEmpty();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        return out;
    }
}
