package dev.newsetl.html;

import dev.newsetl.article.DocumentHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the HTML path on trafilatura's benchmark pages ({@code realworld/html-eval}) the way its own comparison
 * does: each must-have snippet found in the title + body is a true positive, missing a false negative; each
 * must-not-have snippet found a false positive. Whitespace is collapsed on both sides before the look-up (our
 * paragraphs are joined by blank lines, the snippets are single-spaced). Title, date and author are compared where
 * evaldata.json gives them. Each page is read with its benchmark URL as a crawl record would give it.
 */
final class HtmlEvaluation {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    record Score(
            int pages,
            int rejected,
            int tp,
            int fn,
            int fp,
            int tn,
            int titles,
            int titlesRight,
            int dates,
            int datesRight,
            int authors,
            int authorsRight,
            List<String> misses) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "pages %d (rejected %d)  P %.3f  R %.3f  F %.3f  (tp %d fn %d fp %d "
                            + "tn %d)  title %d/%d = %.3f  date %d/%d = %.3f  author %d/%d = %.3f",
                    pages,
                    rejected,
                    precision(),
                    recall(),
                    f(),
                    tp,
                    fn,
                    fp,
                    tn,
                    titlesRight,
                    titles,
                    ratio(titlesRight, titles),
                    datesRight,
                    dates,
                    ratio(datesRight, dates),
                    authorsRight,
                    authors,
                    ratio(authorsRight, authors));
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static Score score(Path dir) throws IOException {
        JsonNode eval = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("evaldata.json")));
        WebPageReader reader = new WebPageReader(HtmlLimits.DEFAULT, CLOCK);
        int pages = 0, rejected = 0, tp = 0, fn = 0, fp = 0, tn = 0;
        int titles = 0, titlesRight = 0, dates = 0, datesRight = 0, authors = 0, authorsRight = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = eval.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode item = entry.getValue();
            byte[] bytes = Files.readAllBytes(
                    dir.resolve("pages").resolve(item.get("file").asString()));
            pages++;
            PageRead read = reader.read(
                    bytes,
                    new DocumentHints(
                            "text/html", null, entry.getKey(), null, null, null, null, List.of(), null, null));
            WebPage page = read.page();
            if (page == null) {
                rejected++;
                misses.add(item.get("file").asString() + "\tREJECT " + read.rejection());
            }
            String text = page == null
                    ? ""
                    : normalize((page.title() == null ? "" : page.title()) + "\n"
                            + (page.dateline() == null ? "" : page.dateline() + " - ")
                            + String.join("\n", page.paragraphs()));
            for (JsonNode with : item.get("with")) {
                if (text.contains(normalize(with.asString()))) {
                    tp++;
                } else {
                    fn++;
                    misses.add(item.get("file").asString() + "\tMISSING\t" + with.asString());
                }
            }
            for (JsonNode without : item.get("without")) {
                if (text.contains(normalize(without.asString()))) {
                    fp++;
                    misses.add(item.get("file").asString() + "\tUNWANTED\t" + without.asString());
                } else {
                    tn++;
                }
            }
            String title = text(item.get("title"));
            if (title != null) {
                titles++;
                boolean right = page != null
                        && page.title() != null
                        && normalize(page.title()).equalsIgnoreCase(normalize(title));
                titlesRight += right ? 1 : 0;
                if (!right) {
                    misses.add(item.get("file").asString() + "\tTITLE\t" + title + "\t"
                            + (page == null ? null : page.title()));
                }
            }
            String date = text(item.get("date"));
            if (date != null) {
                dates++;
                boolean right = page != null
                        && page.date() != null
                        && page.date().localDate().toString().equals(date.substring(0, Math.min(10, date.length())));
                datesRight += right ? 1 : 0;
                if (!right) {
                    misses.add(item.get("file").asString() + "\tDATE\t" + date + "\t"
                            + (page == null ? null : page.date()));
                }
            }
            Set<String> expected = authorSet(item.get("author"));
            if (!expected.isEmpty()) {
                authors++;
                Set<String> ours = new LinkedHashSet<>();
                if (page != null) {
                    page.authors().forEach(a -> ours.add(normalize(a).toLowerCase(Locale.ROOT)));
                }
                boolean right = ours.equals(expected);
                authorsRight += right ? 1 : 0;
                if (!right) {
                    misses.add(item.get("file").asString() + "\tAUTHOR\t" + expected + "\t" + ours);
                }
            }
        }
        return new Score(
                pages, rejected, tp, fn, fp, tn, titles, titlesRight, dates, datesRight, authors, authorsRight, misses);
    }

    /** The expected authors: a list, or one string that may name several ("A; B", "A, B", "A and B"). */
    private static Set<String> authorSet(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        if (node == null) {
            return names;
        }
        List<String> raw = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> raw.add(n.asString("")));
        } else {
            raw.add(node.asString(""));
        }
        for (String r : raw) {
            for (String part : r.split("\\s*(?:;|,|\\band\\b|\\bund\\b)\\s*")) {
                String n = normalize(part).toLowerCase(Locale.ROOT);
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static String text(JsonNode n) {
        if (n == null || !n.isString()) {
            return null;
        }
        String s = n.asString().strip();
        return s.isEmpty() ? null : s;
    }

    static String normalize(String s) {
        return TextBlocks.collapse(s);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/realworld/html-eval");
        long start = System.nanoTime();
        Score score = score(dir);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(score.summary() + "  in " + ms + " ms");
        if (args.length > 1) {
            Files.write(Path.of(args[1]), score.misses());
        }
    }
}
