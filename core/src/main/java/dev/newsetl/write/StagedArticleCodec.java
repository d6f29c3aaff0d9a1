package dev.newsetl.write;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.Quote;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary form of {@link Article} for the staging area between the extract and write phases. Not a
 * published format: it only has to be read back by the same build, within one run. Name candidates are not
 * carried: the extract phase already counted them.
 */
public final class StagedArticleCodec {
    private static final int MAGIC = 0x4E455434; // "NET4": guards against reading a file of another build

    private StagedArticleCodec() {}

    public static void writeHeader(DataOutput out) throws IOException {
        out.writeInt(MAGIC);
    }

    public static void readHeader(DataInput in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException(
                    "not a staged article file of this version (magic " + Integer.toHexString(magic) + ")");
        }
    }

    public static void write(DataOutput out, Article a) throws IOException {
        out.writeBoolean(true);
        str(out, a.articleId());
        str(out, a.source());
        str(out, a.sourceFile());
        str(out, a.url());
        str(out, a.title());
        str(out, a.caption());
        str(out, a.photoCredit());
        instant(out, a.publishedAt());
        str(out, a.dateSource());
        str(out, a.language());
        str(out, a.body());
        str(out, a.bodyNormalized());
        list(out, a.persons());
        list(out, a.organizations());
        list(out, a.locations());
        list(out, a.agencies());
        out.writeInt(a.paragraphCount());
        out.writeInt(a.wordCount());
        str(out, a.contentSha256());
        out.writeLong(a.simhash());
        str(out, a.duplicateOf());
        str(out, a.storyId());
        str(out, a.encoding());
        instant(out, a.ingestedAt());
        out.writeInt(a.entities().size());
        for (EntityStat e : a.entities()) {
            str(out, e.entityId());
            str(out, e.name());
            out.writeByte(e.type().ordinal());
            out.writeInt(e.mentions());
            list(out, e.surfaceForms());
            str(out, e.foundBy());
            out.writeBoolean(e.confidence() != null);
            out.writeDouble(e.confidence() == null ? 0 : e.confidence());
        }
        out.writeInt(a.quotes().size());
        for (Quote q : a.quotes()) {
            str(out, q.text());
            str(out, q.speaker());
            str(out, q.entityId());
        }
        str(out, a.dateline());
        list(out, a.authors());
        str(out, a.summary());
        list(out, a.subheadings());
        str(out, a.canonicalUrl());
        str(out, a.siteName());
        instant(out, a.fetchedAt());
        out.writeLong(
                a.datelineDate() == null ? Long.MIN_VALUE : a.datelineDate().toEpochDay());
    }

    /**
     * The next article, or null at the end of the file. There is no end marker: a partition is complete when its
     * last chunk committed, and Spring Batch marks a step complete before it closes the step's streams.
     */
    public static Article read(DataInput in) throws IOException {
        try {
            in.readBoolean();
        } catch (EOFException e) {
            return null;
        }
        String articleId = str(in);
        String source = str(in);
        String sourceFile = str(in);
        String url = str(in);
        String title = str(in);
        String caption = str(in);
        String photoCredit = str(in);
        Instant publishedAt = instant(in);
        String dateSource = str(in);
        String language = str(in);
        String body = str(in);
        String bodyNormalized = str(in);
        List<String> persons = list(in);
        List<String> organizations = list(in);
        List<String> locations = list(in);
        List<String> agencies = list(in);
        int paragraphCount = in.readInt();
        int wordCount = in.readInt();
        String sha = str(in);
        long simhash = in.readLong();
        String duplicateOf = str(in);
        String storyId = str(in);
        String encoding = str(in);
        Instant ingestedAt = instant(in);
        int entityCount = in.readInt();
        List<EntityStat> entities = new ArrayList<>(entityCount);
        EntityType[] types = EntityType.values();
        for (int i = 0; i < entityCount; i++) {
            String entityId = str(in);
            String name = str(in);
            EntityType type = types[in.readByte()];
            int mentions = in.readInt();
            List<String> surfaceForms = list(in);
            String foundBy = str(in);
            boolean hasConfidence = in.readBoolean();
            double confidence = in.readDouble();
            entities.add(new EntityStat(
                    entityId, name, type, mentions, surfaceForms, foundBy, hasConfidence ? confidence : null));
        }
        int quoteCount = in.readInt();
        List<Quote> quotes = new ArrayList<>(quoteCount);
        for (int i = 0; i < quoteCount; i++) {
            quotes.add(new Quote(str(in), str(in), str(in)));
        }
        String dateline = str(in);
        List<String> authors = list(in);
        String summary = str(in);
        List<String> subheadings = list(in);
        String canonicalUrl = str(in);
        String siteName = str(in);
        Instant fetchedAt = instant(in);
        long datelineDay = in.readLong();
        return new Article(
                articleId,
                source,
                sourceFile,
                url,
                title,
                caption,
                photoCredit,
                publishedAt,
                dateSource,
                language,
                body,
                bodyNormalized,
                persons,
                organizations,
                locations,
                agencies,
                paragraphCount,
                wordCount,
                sha,
                simhash,
                duplicateOf,
                storyId,
                encoding,
                ingestedAt,
                entities,
                quotes,
                List.of(),
                dateline,
                authors,
                summary,
                subheadings,
                canonicalUrl,
                siteName,
                fetchedAt,
                datelineDay == Long.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(datelineDay));
    }

    private static void str(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String str(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void instant(DataOutput out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant instant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void list(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            str(out, v);
        }
    }

    private static List<String> list(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(str(in));
        }
        return values;
    }
}
