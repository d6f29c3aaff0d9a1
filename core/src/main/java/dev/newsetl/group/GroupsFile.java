package dev.newsetl.group;

import dev.newsetl.article.Article;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Applies a partition's groups file to its staged articles, which come in the same order. */
public final class GroupsFile implements ArticleGrouping, AutoCloseable {
    private final DataInputStream in;

    public GroupsFile(Path work) throws IOException {
        in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(work.resolve(RunGrouper.GROUPS_FILE)), 1 << 16));
    }

    @Override
    public Article apply(Article article) {
        try {
            String id = in.readUTF();
            if (!id.equals(article.articleId())) {
                throw new IllegalStateException(
                        "groups file out of step: expected " + article.articleId() + " but found " + id);
            }
            String duplicateOf = in.readUTF();
            String story = in.readUTF();
            return article.withGrouping(duplicateOf.isEmpty() ? null : duplicateOf, story);
        } catch (IOException e) {
            throw new UncheckedIOException("groups file ended before the staged articles", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
