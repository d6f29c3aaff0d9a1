package dev.newsetl.spark;

import dev.newsetl.article.Article;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.Reject;
import dev.newsetl.group.ArticleSignature;
import dev.newsetl.write.DatasetTables;
import dev.newsetl.write.EntityRow;
import dev.newsetl.write.QuoteRow;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What became of one input file, as Spark rows of the dataset's tables: an article (duplicate_of and story_id still
 * null) with its entity and quote rows, or a reject. Kept by the runner between extraction and writing.
 */
record ExtractedFile(
        Row article, List<Row> entities, List<Row> quotes, Row reject, byte[] signature, List<String> nameCandidates)
        implements Serializable {

    static ExtractedFile of(FileOutcome outcome) {
        if (outcome instanceof Reject reject) {
            return new ExtractedFile(
                    null, List.of(), List.of(), SparkRows.row(DatasetTables.REJECTS, reject), null, List.of());
        }
        Article a = (Article) outcome;
        List<Row> entities = a.entities().stream()
                .map(e -> SparkRows.row(DatasetTables.ENTITIES, new EntityRow(a.articleId(), e)))
                .toList();
        List<Row> quotes = a.quotes().stream()
                .map(q -> SparkRows.row(DatasetTables.QUOTES, new QuoteRow(a.articleId(), q)))
                .toList();
        return new ExtractedFile(
                SparkRows.row(DatasetTables.ARTICLES, a),
                entities,
                quotes,
                null,
                ArticleSignature.of(a).toBytes(),
                a.nameCandidates());
    }

    boolean isArticle() {
        return article != null;
    }
}
