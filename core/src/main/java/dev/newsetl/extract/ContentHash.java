package dev.newsetl.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 based content hashes and article ids. */
public final class ContentHash {

    private static final int ARTICLE_ID_HEX_CHARS = 16;

    private ContentHash() {}

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        MessageDigest sha = sha256();
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Lower-case hex SHA-256 of raw bytes (an input file's content, for the ingest ledger). */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * The article id: the first 16 hex characters of SHA-256 over the path's UTF-8 bytes, a 0 byte, then the raw
     * file bytes. The same file content at the same relative path gives the same id in every run; the 0 byte keeps
     * ("ab", "c") and ("a", "bc") apart.
     *
     * @param relativePath path relative to the input root, {@code /}-separated
     */
    public static String articleId(String relativePath, byte[] rawBytes) {
        MessageDigest sha = sha256();
        sha.update(relativePath.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(rawBytes);
        return HexFormat.of().formatHex(sha.digest()).substring(0, ARTICLE_ID_HEX_CHARS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
