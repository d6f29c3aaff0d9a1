package dev.newsetl.group;

import dev.newsetl.article.Article;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What run-wide grouping needs of an article, and nothing more: a few dozen bytes instead of the whole text, so
 * the grouping step reads the run without its bodies.
 *
 * @param date            publication date, or null when unknown
 * @param entityMentions  entity id → mentions
 */
public record ArticleSignature(String articleId, String contentSha256, long simhash, LocalDate date,
                               Map<String, Integer> entityMentions) {
    /** A partition's signatures, in listing order, in its staging folder. */
    public static final String FILE = "signatures.bin";

    public ArticleSignature {
        // Keep the order: Map.copyOf iterates in an order that changes between JVM runs.
        entityMentions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entityMentions));
    }

    /** The signature of an article: its entities' mentions in the article's order, its publication day (UTC). */
    public static ArticleSignature of(Article a) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (var entity : a.entities()) {
            mentions.put(entity.entityId(), entity.mentions());
        }
        return new ArticleSignature(a.articleId(), a.contentSha256(), a.simhash(),
                a.publishedAt() == null ? null : a.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                mentions);
    }

    public void write(DataOutput out) throws IOException {
        out.writeUTF(articleId);
        out.writeUTF(contentSha256);
        out.writeLong(simhash);
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
        out.writeInt(entityMentions.size());
        for (Map.Entry<String, Integer> e : entityMentions.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** The next signature, or null at the end of the file. */
    public static ArticleSignature read(DataInput in) throws IOException {
        String id;
        try {
            id = in.readUTF();
        } catch (EOFException e) {
            return null;
        }
        String sha = in.readUTF();
        long simhash = in.readLong();
        long day = in.readLong();
        int n = in.readInt();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            mentions.put(in.readUTF(), in.readInt());
        }
        return new ArticleSignature(id, sha, simhash, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                mentions);
    }
}
