package dev.newsetl.bench;

import dev.newsetl.bench.ArticleComposer.Draft;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Lays a {@link Draft} out as the bytes of an input file in one of the three shapes, with the small messes real
 * feeds have (trailing spaces, extra blank lines, CRLF, a BOM, now and then a cp1254 file), and names its path.
 */
final class ArticleLayout {

    private static final Charset CP1254 = Charset.forName("windows-1254");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private ArticleLayout() {}

    /** {@code <source>/<yyyy-mm-dd>/<index>-<slug>.txt}: a day folder keeps directories to a few hundred files. */
    static String relativePath(int index, Draft draft) {
        return draft.source() + "/" + draft.date() + "/" + String.format(Locale.ROOT, "%07d", index) + "-"
                + slug(draft.headline()) + ".txt";
    }

    static String text(Draft draft, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(1400);
        String trailing = rnd.nextInt(100) < 4 ? "  " : "";
        switch (draft.shape()) {
            case HEADLINE_CAPTION -> {
                out.append(draft.headline()).append('\n');
                appendCaption(out, draft, trailing);
                out.append(rnd.nextInt(3) == 0 ? "\n" : "\n\n");
                paragraphs(out, draft, "\n\n", trailing);
            }
            case LINE_PARAGRAPHS -> {
                out.append('\n');
                paragraphs(out, draft, "\n", trailing);
            }
            case HEADER_BLOCK -> {
                out.append("Title: ").append(draft.headline()).append('\n');
                out.append("Source: ").append(displayName(draft.source())).append('\n');
                out.append("Published: ").append(published(draft.date(), rnd)).append('\n');
                out.append("URL: https://example.com/")
                        .append(draft.source())
                        .append('/')
                        .append(section(draft))
                        .append('/')
                        .append(slug(draft.headline()))
                        .append('\n');
                out.append('\n');
                if (draft.caption() != null) {
                    appendCaption(out, draft, trailing);
                    out.append('\n');
                }
                paragraphs(out, draft, "\n\n", trailing);
            }
        }
        return out.toString();
    }

    /** UTF-8 nearly always; a few files with a BOM, CRLF line ends or in the Turkish Windows code page. */
    static byte[] encode(String text, SplittableRandom rnd) {
        int roll = rnd.nextInt(1000);
        if (roll < 10) {
            text = text.replace("\n", "\r\n");
        }
        if (roll >= 10 && roll < 15) {
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        }
        if (roll >= 15 && roll < 17 && CP1254.newEncoder().canEncode(text)) {
            return text.getBytes(CP1254);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A file that must become a reject: empty, blank, or binary (a stray JPEG with a .txt name). */
    static byte[] badFile(SplittableRandom rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new byte[0];
            case 1 -> " \n\n\t\n".getBytes(StandardCharsets.US_ASCII);
            default -> {
                byte[] bytes = new byte[300 + rnd.nextInt(2700)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) rnd.nextInt(256);
                }
                bytes[0] = (byte) 0xFF;
                bytes[1] = (byte) 0xD8;
                bytes[2] = (byte) 0xFF;
                bytes[3] = (byte) 0xE0;
                bytes[4] = 0;
                yield bytes;
            }
        };
    }

    private static void appendCaption(StringBuilder out, Draft draft, String trailing) {
        if (draft.caption() != null) {
            out.append(draft.caption())
                    .append(" (")
                    .append(draft.credit())
                    .append(')')
                    .append(trailing)
                    .append('\n');
        }
    }

    private static void paragraphs(StringBuilder out, Draft draft, String separator, String trailing) {
        for (int p = 0; p < draft.paragraphs().size(); p++) {
            if (p > 0) {
                out.append(separator);
            }
            out.append(draft.paragraphs().get(p)).append(trailing);
        }
        out.append('\n');
    }

    private static String published(LocalDate date, SplittableRandom rnd) {
        int hour = 5 + rnd.nextInt(17);
        int minute = rnd.nextInt(60);
        return switch (rnd.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%sT%02d:%02d:00Z", date, hour, minute);
            case 1 -> String.format(Locale.ROOT, "%s %02d:%02d", date, hour, minute);
            default -> LONG_DATE.format(date);
        };
    }

    private static String section(Draft draft) {
        return switch (draft.topic()) {
            case DIPLOMACY -> "politics";
            case HUMANITARIAN -> "mideast";
            case ECONOMY -> "economy";
            case LOCAL -> "life";
        };
    }

    private static String displayName(String source) {
        return switch (source) {
            case "anadolu" -> "Anadolu Agency";
            case "daily-sabah" -> "Daily Sabah";
            case "jerusalem-post" -> "The Jerusalem Post";
            default -> "Levant Wire";
        };
    }

    static String slug(String headline) {
        String s = NameVariants.ascii(headline)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "article" : s;
    }
}
