package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a name the recognizer found: {@code per-}, {@code org-} or {@code loc-}, then the folded canonical form
 * as a slug ({@code Ömür Tan} → {@code per-omur-tan}, {@code QNB Türkiye} → {@code org-qnb-turkiye}). A pure
 * function of the canonical spelling's {@link TurkishFolding#key key} and the type, so the same name gets the same
 * id in every article, run and engine. Where the slug would lose letters (a name in another script, an ß) or is
 * longer than {@value #MAX_SLUG} chars, the first 8 hex digits of the key's SHA-256 are appended to keep distinct
 * names apart. Dictionary ids may not use these prefixes (the parser refuses them), so the two never meet.
 */
public final class RecognizedIds {
    static final int MAX_SLUG = 60;

    private RecognizedIds() {}

    public static String of(EntityType type, String canonical) {
        String key = TurkishFolding.key(canonical);
        StringBuilder slug = new StringBuilder(key.length());
        boolean lossy = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else {
                lossy |= Character.isLetterOrDigit(c);
                if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                    slug.append('-');
                }
            }
        }
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        if (slug.length() > MAX_SLUG) {
            slug.setLength(MAX_SLUG - 9);
            lossy = true;
        }
        if (lossy || slug.isEmpty()) {
            if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
            slug.append(hash(key));
        }
        return prefix(type) + slug;
    }

    private static String prefix(EntityType type) {
        return switch (type) {
            case PERSON -> "per-";
            case ORGANIZATION -> "org-";
            case LOCATION -> "loc-";
        };
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
