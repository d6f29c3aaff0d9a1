package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void sha256HexOfKnownValues() {
        assertThat(ContentHash.sha256Hex(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sha256HexUsesUtf8() {
        assertThat(ContentHash.sha256Hex("Kalın")).isNotEqualTo(ContentHash.sha256Hex("Kalin"));
        assertThat(ContentHash.sha256Hex("Kalın")).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void articleIdIsFirst16HexOfShaOverPathZeroAndBytes() {
        byte[] raw = "Türkiye hosts Hamas delegation".getBytes(StandardCharsets.UTF_8);
        String id = ContentHash.articleId("aa/000_x.txt", raw);

        assertThat(id).hasSize(16).matches("[0-9a-f]{16}");
        // Same input, same id: stable across runs.
        assertThat(ContentHash.articleId("aa/000_x.txt", raw.clone())).isEqualTo(id);
        // Computed independently: path bytes, a 0 byte, the raw bytes.
        byte[] path = "aa/000_x.txt".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[path.length + 1 + raw.length];
        System.arraycopy(path, 0, all, 0, path.length);
        System.arraycopy(raw, 0, all, path.length + 1, raw.length);
        assertThat(id).isEqualTo(sha256OfBytes(all).substring(0, 16));
    }

    @Test
    void articleIdDependsOnPathAndContent() {
        byte[] raw = {1, 2, 3};
        assertThat(ContentHash.articleId("a/x.txt", raw)).isNotEqualTo(ContentHash.articleId("b/x.txt", raw));
        assertThat(ContentHash.articleId("a/x.txt", raw))
                .isNotEqualTo(ContentHash.articleId("a/x.txt", new byte[] {1, 2, 4}));
        // The 0 separator keeps path/content boundaries apart.
        assertThat(ContentHash.articleId("ab", new byte[] {'c'}))
                .isNotEqualTo(ContentHash.articleId("a", new byte[] {'b', 'c'}));
    }

    @Test
    void articleIdOfEmptyContent() {
        assertThat(ContentHash.articleId("empty.txt", new byte[0])).hasSize(16);
    }

    private static String sha256OfBytes(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
