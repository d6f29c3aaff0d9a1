package dev.newsetl.group;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What run-wide grouping needs of an article, computed in the extract step, and nothing more: a few hundred bytes
 * instead of the whole text, so the grouping step reads the run without its bodies.
 *
 * @param source    the outlet, counted per story
 * @param title     the headline or null, shown for a story's first article
 * @param date      publication date (UTC day), or null when unknown
 * @param sketch    the body's near-duplicate sketch
 * @param entities  the article's entities, in the article's order (names for the stories table)
 * @param features  what its story is recognised by: entities, title and lead words
 */
public record ArticleSignature(
        String articleId,
        String contentSha256,
        String source,
        String title,
        LocalDate date,
        TextSketch sketch,
        List<StoryFeatures.EntityMention> entities,
        StoryFeatures features) {
    /** A partition's signatures, in listing order, in its staging folder. */
    public static final String FILE = "signatures.bin";

    public ArticleSignature {
        entities = List.copyOf(entities);
    }

    /** The signature of an article, from its normalized body (so spellings of a name do not matter). */
    public static ArticleSignature of(Article a) {
        List<StoryFeatures.EntityMention> entities =
                new ArrayList<>(a.entities().size());
        for (EntityStat e : a.entities()) {
            entities.add(new StoryFeatures.EntityMention(e.entityId(), e.name(), e.type(), e.mentions()));
        }
        return new ArticleSignature(
                a.articleId(),
                a.contentSha256(),
                a.source(),
                a.title(),
                a.publishedAt() == null
                        ? null
                        : a.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                TextSketch.of(a.bodyNormalized()),
                entities,
                StoryFeatures.of(a.title(), a.bodyNormalized(), entities));
    }

    public void write(DataOutput out) throws IOException {
        out.writeUTF(articleId);
        out.writeUTF(contentSha256 == null ? "" : contentSha256);
        out.writeUTF(source == null ? "" : source);
        out.writeBoolean(title != null);
        if (title != null) {
            out.writeUTF(title.length() > 1000 ? title.substring(0, 1000) : title);
        }
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
        out.write(sketch.minhash());
        out.writeByte(sketch.anchors().length);
        for (int anchor : sketch.anchors()) {
            out.writeInt(anchor);
        }
        out.writeInt(sketch.shingles());
        out.writeShort(entities.size());
        for (StoryFeatures.EntityMention e : entities) {
            out.writeUTF(e.id());
            out.writeUTF(e.name());
            out.writeByte(e.type().ordinal());
            out.writeInt(e.mentions());
        }
        // 9-10 bytes a feature instead of 16: the count as a variable-length number, the boost by its code.
        out.writeShort(features.keys().length);
        for (int i = 0; i < features.keys().length; i++) {
            out.writeLong(features.keys()[i]);
            writeCount(out, features.counts()[i]);
            int code = boostCode(features.boosts()[i]);
            out.writeByte(code);
            if (code == BOOST_OTHER) {
                out.writeFloat(features.boosts()[i]);
            }
        }
    }

    /** The next signature, or null at the end of the input. */
    public static ArticleSignature read(DataInput in) throws IOException {
        String id;
        try {
            id = in.readUTF();
        } catch (EOFException e) {
            return null;
        }
        String sha = in.readUTF();
        String source = in.readUTF();
        String title = in.readBoolean() ? in.readUTF() : null;
        long day = in.readLong();
        byte[] minhash = new byte[TextSketch.BINS];
        in.readFully(minhash);
        int[] anchors = new int[in.readByte()];
        for (int i = 0; i < anchors.length; i++) {
            anchors[i] = in.readInt();
        }
        TextSketch sketch = new TextSketch(minhash, anchors, in.readInt());
        int n = in.readShort();
        List<StoryFeatures.EntityMention> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entities.add(new StoryFeatures.EntityMention(
                    in.readUTF(), in.readUTF(), EntityType.values()[in.readByte()], in.readInt()));
        }
        int f = in.readShort();
        long[] keys = new long[f];
        int[] counts = new int[f];
        float[] boosts = new float[f];
        for (int i = 0; i < f; i++) {
            keys[i] = in.readLong();
            counts[i] = readCount(in);
            int code = in.readUnsignedByte();
            boosts[i] = code == BOOST_OTHER ? in.readFloat() : BOOSTS[code];
        }
        return new ArticleSignature(
                id,
                sha.isEmpty() ? null : sha,
                source,
                title,
                day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                sketch,
                entities,
                new StoryFeatures(keys, counts, boosts));
    }

    /**
     * The boosts {@link StoryFeatures} gives and gave, by code (new ones appended, so a staged file of an earlier
     * version reads the same); any other is written out after {@link #BOOST_OTHER}.
     */
    private static final float[] BOOSTS = {
        1.0f, 1.25f, 1.5f, StoryFeatures.PLACE_BOOST, StoryFeatures.ORGANIZATION_BOOST, StoryFeatures.PERSON_BOOST
    };

    private static final int BOOST_OTHER = 255;

    private static int boostCode(float boost) {
        for (int c = 0; c < BOOSTS.length; c++) {
            if (Float.floatToIntBits(BOOSTS[c]) == Float.floatToIntBits(boost)) {
                return c;
            }
        }
        return BOOST_OTHER;
    }

    /** Seven bits a byte, low first, the top bit saying another follows (counts are small and never negative). */
    private static void writeCount(DataOutput out, int count) throws IOException {
        int v = count;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readCount(DataInput in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed feature count");
    }

    /** The staged form as bytes, for engines that move signatures between machines (the Spark runner). */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ArticleSignature fromBytes(byte[] bytes) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
