package dev.newsetl.write;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.Quote;
import dev.newsetl.group.ArticleGrouping;
import dev.newsetl.group.GroupsFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.io.LocalOutputFile;

/**
 * The write phase for one partition: staged articles in, the published part files out (Parquet per table under
 * {@code publish/<table>/}, headerless CSV parts in the partition's work folder). Rerunning it overwrites the
 * same files, so an interrupted attempt leaves nothing behind.
 */
public final class PartitionPartWriter {
    public static final String[] TABLES = {"articles", "entities", "quotes"};

    private final RunLayout layout;
    private final ParquetSettings parquet;

    public PartitionPartWriter(RunLayout layout, ParquetSettings parquet) {
        this.layout = layout;
        this.parquet = parquet;
    }

    /** Writes the partition's parts with duplicate_of and story_id from the run's grouping step. */
    public PartitionParts write(int partition) {
        try (GroupsFile groups = new GroupsFile(layout.work(partition))) {
            return write(partition, groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PartitionParts write(int partition, ArticleGrouping grouping) {
        Path work = layout.work(partition);
        String part = RunLayout.partFileName(partition, "parquet");
        Path articlesParquet = parquetPath("articles", part);
        Path entitiesParquet = parquetPath("entities", part);
        Path quotesParquet = parquetPath("quotes", part);
        try (InputStream raw = Files.newInputStream(work.resolve(StagedPartitionWriter.ARTICLES_FILE));
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
                var articlesPq =
                        new ParquetPartWriter<>(DatasetTables.ARTICLES, new LocalOutputFile(articlesParquet), parquet);
                var entitiesPq =
                        new ParquetPartWriter<>(DatasetTables.ENTITIES, new LocalOutputFile(entitiesParquet), parquet);
                var quotesPq =
                        new ParquetPartWriter<>(DatasetTables.QUOTES, new LocalOutputFile(quotesParquet), parquet);
                var articlesCsv = new CsvPartWriter<>(DatasetTables.ARTICLES, csvOut(work, "articles"), false);
                var entitiesCsv = new CsvPartWriter<>(DatasetTables.ENTITIES, csvOut(work, "entities"), false);
                var quotesCsv = new CsvPartWriter<>(DatasetTables.QUOTES, csvOut(work, "quotes"), false)) {
            StagedArticleCodec.readHeader(in);
            ReportCounts reportCounts = new ReportCounts();
            Article article;
            while ((article = StagedArticleCodec.read(in)) != null) {
                Article row = grouping.apply(article);
                articlesPq.write(row);
                articlesCsv.write(row);
                reportCounts.add(row);
                for (EntityStat entity : row.entities()) {
                    EntityRow entityRow = new EntityRow(row.articleId(), entity);
                    entitiesPq.write(entityRow);
                    entitiesCsv.write(entityRow);
                }
                for (Quote quote : row.quotes()) {
                    QuoteRow quoteRow = new QuoteRow(row.articleId(), quote);
                    quotesPq.write(quoteRow);
                    quotesCsv.write(quoteRow);
                }
            }
            articlesPq.close();
            entitiesPq.close();
            quotesPq.close();
            articlesCsv.close();
            entitiesCsv.close();
            quotesCsv.close();
            List<PublishedFile> parquetFiles = new ArrayList<>();
            List<PublishedFile> csvParts = new ArrayList<>();
            Path[] parquetPaths = {articlesParquet, entitiesParquet, quotesParquet};
            long[] rows = {articlesCsv.rows(), entitiesCsv.rows(), quotesCsv.rows()};
            for (int t = 0; t < TABLES.length; t++) {
                Path pq = parquetPaths[t];
                sync(pq);
                parquetFiles.add(new PublishedFile(
                        TABLES[t] + "/" + part, "parquet", TABLES[t], rows[t], Files.size(pq), Digests.sha256Hex(pq)));
                Path csv = csvPath(work, TABLES[t]);
                sync(csv);
                csvParts.add(new PublishedFile(
                        csv.getFileName().toString(), "csv", TABLES[t], rows[t], Files.size(csv), ""));
            }
            reportCounts.save(work);
            PartitionParts counts = new PartitionParts(parquetFiles, csvParts);
            counts.save(work);
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "writing parts of partition " + RunLayout.partitionName(partition) + " failed", e);
        }
    }

    private Path parquetPath(String table, String part) {
        Path dir = layout.publish().resolve(table);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(part);
    }

    static Path csvPath(Path work, String table) {
        return work.resolve(table + ".csv");
    }

    private static FileOutputStream csvOut(Path work, String table) throws IOException {
        return new FileOutputStream(csvPath(work, table).toFile());
    }

    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
