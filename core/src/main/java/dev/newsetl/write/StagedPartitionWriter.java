package dev.newsetl.write;

import dev.newsetl.article.Article;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.Reject;
import dev.newsetl.group.ArticleSignature;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The extract phase's output for one partition: articles in staged binary form, rejects as headerless CSV.
 * Opening it discards whatever an earlier, interrupted attempt at the same partition left behind.
 */
public final class StagedPartitionWriter implements AutoCloseable {
    public static final String ARTICLES_FILE = "articles.bin";
    public static final String REJECTS_FILE = "rejects.csv";
    public static final String SIGNATURES_FILE = ArticleSignature.FILE;
    public static final String CANDIDATES_FILE = "candidates.tsv";
    /** One line per input file, in listing order: the SHA-256 of its bytes (empty when unreadable). */
    public static final String INPUT_HASHES_FILE = "inputs.sha256";

    private final FileOutputStream articlesFile;
    private final DataOutputStream articles;
    private final FileOutputStream rejectsFile;
    private final CsvPartWriter<Reject> rejects;
    private final FileOutputStream signaturesFile;
    private final DataOutputStream signatures;
    private final NameCandidateCounts candidates = new NameCandidateCounts();
    private final FileOutputStream inputHashesFile;
    private final java.io.Writer inputHashes;
    private final Path dir;
    private long articleCount;
    private long rejectCount;

    public StagedPartitionWriter(Path dir) {
        try {
            this.dir = dir;
            Files.createDirectories(dir);
            signaturesFile = new FileOutputStream(dir.resolve(SIGNATURES_FILE).toFile());
            signatures = new DataOutputStream(new BufferedOutputStream(signaturesFile, 1 << 14));
            inputHashesFile =
                    new FileOutputStream(dir.resolve(INPUT_HASHES_FILE).toFile());
            inputHashes = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(inputHashesFile, java.nio.charset.StandardCharsets.US_ASCII),
                    1 << 14);
            articlesFile = new FileOutputStream(dir.resolve(ARTICLES_FILE).toFile());
            articles = new DataOutputStream(new BufferedOutputStream(articlesFile, 1 << 16));
            StagedArticleCodec.writeHeader(articles);
            rejectsFile = new FileOutputStream(dir.resolve(REJECTS_FILE).toFile());
            rejects = new CsvPartWriter<>(DatasetTables.REJECTS, rejectsFile, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create staging files in " + dir, e);
        }
    }

    /** @param inputSha256 SHA-256 of the input file's bytes, empty when it could not be read */
    public void write(FileOutcome outcome, String inputSha256) {
        try {
            inputHashes.write(inputSha256);
            inputHashes.write('\n');
            if (outcome instanceof Article article) {
                StagedArticleCodec.write(articles, article);
                signatureOf(article).write(signatures);
                candidates.addArticle(article.nameCandidates());
                articleCount++;
            } else if (outcome instanceof Reject reject) {
                rejects.write(reject);
                rejectCount++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleSignature signatureOf(Article a) {
        return ArticleSignature.of(a);
    }

    public long articleCount() {
        return articleCount;
    }

    public long rejectCount() {
        return rejectCount;
    }

    /**
     * Forces everything written so far to disk. Called before each chunk commits, so a partition that the job
     * repository records as complete has all of its data on disk.
     */
    public void sync() {
        try {
            articles.flush();
            articlesFile.getFD().sync();
            rejects.flush();
            rejectsFile.getFD().sync();
            signatures.flush();
            signaturesFile.getFD().sync();
            inputHashes.flush();
            inputHashesFile.getFD().sync();
            candidates.save(dir.resolve(CANDIDATES_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            articles.close();
            rejects.close();
            signatures.close();
            inputHashes.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
