package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.InputDocument;
import dev.newsetl.testing.WarcFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the WARC and JSON readers (listing scan and record loader) over damaged containers: flipped,
 * cut, duplicated and inserted bytes. Whatever the bytes, the readers never throw, list no record twice, and every
 * listed record loads as an article or a reject. Fixed seeds keep failures reproducible; small budgets keep it fast.
 */
class ContainerReaderFuzzTest {
    private static final Instant FETCHED = Instant.parse("2024-01-01T00:00:00Z");
    private static final InputLimits LIMITS = new InputLimits(1 << 20, 8 << 20, 64 << 10, 64 << 10, 16);

    private static byte[] warc(boolean gzip) throws Exception {
        WarcFiles warc = new WarcFiles(gzip).warcinfo();
        for (int i = 0; i < 6; i++) {
            warc.page(
                    "https://f.example/" + i, "<html><p>Sayfa " + i + " metni, Ankara'da görüşme.</p></html>", FETCHED);
            if (i % 2 == 0) {
                warc.metadata("https://f.example/" + i);
            }
        }
        return warc.toByteArray();
    }

    private static byte[] jsonLines() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append("{\"title\": \"Başlık ")
                    .append(i)
                    .append("\", \"maintext\": \"Metin ")
                    .append(i)
                    .append(" \\\"alıntı\\\" ve [köşeli] {süslü}\", \"authors\": [\"A\", {\"name\": \"B\"}],")
                    .append(" \"date_publish\": \"2024-01-0")
                    .append(1 + i % 9)
                    .append("\"}\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jsonArray() {
        String lines = new String(jsonLines(), StandardCharsets.UTF_8).strip();
        return ("[" + String.join(",\n", lines.split("\n")) + "]").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void damagedWarcsAndJsonNeverThrowAndListEachRecordOnce(@TempDir Path root) throws Exception {
        Random random = new Random(20251201L);
        byte[][] seeds = {warc(true), warc(false), jsonLines(), jsonArray()};
        String[] names = {"f.warc.gz", "f.warc", "f.jsonl", "f.json"};
        Files.createDirectories(root.resolve("s"));
        for (int i = 0; i < 240; i++) {
            int kind = i % seeds.length;
            byte[] damaged = damage(seeds[kind], random);
            String name = "s/" + i + "-" + names[kind];
            Files.write(root.resolve(name), damaged);
            String input = "case " + i + " (" + name + ")";
            InputTree tree = new InputTree(root, Set.of("warc", "jsonl", "json"));
            ContainerListing listing = new ContainerListing(
                    listed -> tree.list(f -> {
                        if (f.relativePath().equals(name)) {
                            listed.accept(f);
                        }
                    }),
                    InputFileLoader.localFiles(root),
                    LIMITS);
            List<ListedFile> records = new java.util.ArrayList<>();
            listing.list(records::add);
            Set<String> ids = new HashSet<>();
            try (InputFileLoader loader =
                    new InputFileLoader(InputFileLoader.localFiles(root), LIMITS, JsonFieldMapping.DEFAULTS)) {
                for (ListedFile record : records) {
                    assertThat(ids.add(record.id()))
                            .as(input + ": listed once " + record.id())
                            .isTrue();
                    InputDocument doc = loader.load(record);
                    assertThat(doc.relativePath()).as(input).isEqualTo(record.id());
                    assertThat(doc.bytes() != null || doc.unreadable() != null)
                            .as(input)
                            .isTrue();
                }
            }
            Files.delete(root.resolve(name));
        }
    }

    /** One of: flip bytes, cut the end, cut a slice out, repeat a slice, insert noise. */
    private static byte[] damage(byte[] seed, Random random) {
        byte[] b = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(200));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                b = out;
            }
            case 3 -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(300));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                b = out;
            }
            default -> {
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                int at = random.nextInt(b.length);
                byte[] out = new byte[b.length + noise.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(b, at, out, at + noise.length, b.length - at);
                b = out;
            }
        }
        return b;
    }
}
