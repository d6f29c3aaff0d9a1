package dev.newsetl.group;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Decides duplicate_of and story_id for every article of a run over the partitions' signatures, in listing order
 * (so the answer is the same in every run of the same input): a first pass counts the run's document frequencies,
 * the second decides. "Earlier" means earlier in the listing. Writes one groups file per partition, read back in
 * step with the staged articles, and hands each story's row to the caller as the story closes.
 */
public final class RunGrouper {
    public static final String GROUPS_FILE = "groups.bin";

    private final IntFunction<Path> workDir;

    /** @param workDir a partition's staging folder, holding its signatures file */
    public RunGrouper(IntFunction<Path> workDir) {
        this.workDir = workDir;
    }

    /** @return the number of articles that are duplicates of an earlier one */
    public long group(int partitions, Consumer<StoryRow> stories) {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        for (int p = 0; p < partitions; p++) {
            Path work = workDir.apply(p);
            try (DataInputStream in = signatures(work)) {
                ArticleSignature s;
                while ((s = ArticleSignature.read(in)) != null) {
                    frequencies.add(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading signatures of " + work + " failed", e);
            }
        }
        OrderedPass pass = new OrderedPass(frequencies, stories);
        long duplicateCount = 0;
        for (int p = 0; p < partitions; p++) {
            Path work = workDir.apply(p);
            try (DataInputStream in = signatures(work);
                    FileOutputStream file =
                            new FileOutputStream(work.resolve(GROUPS_FILE).toFile());
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                ArticleSignature s;
                while ((s = ArticleSignature.read(in)) != null) {
                    Grouping g = pass.next(s);
                    out.writeUTF(g.articleId());
                    out.writeUTF(g.duplicateOf() == null ? "" : g.duplicateOf());
                    out.writeUTF(g.storyId());
                    if (g.duplicateOf() != null) {
                        duplicateCount++;
                    }
                }
                out.flush();
                file.getFD().sync();
            } catch (IOException e) {
                throw new UncheckedIOException("grouping partition " + work + " failed", e);
            }
        }
        pass.finish();
        return duplicateCount;
    }

    private static DataInputStream signatures(Path work) throws IOException {
        InputStream raw = Files.newInputStream(work.resolve(ArticleSignature.FILE));
        return new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    }

    /** duplicate_of (null when none) and story_id of one article. */
    public record Grouping(String articleId, String duplicateOf, String storyId) {}

    /**
     * The grouping itself, without files: count every signature into {@link DocumentFrequencies} first, then feed
     * them again in listing order and get each article's grouping, then call {@link #finish()}. The job feeds it
     * from staged signature files; the Spark runner streams signatures to its driver. Memory is bounded by the
     * near-duplicate index and the open stories, not by the run's text.
     */
    public static final class OrderedPass {
        private final NearDuplicateIndex duplicates = new NearDuplicateIndex();
        private final StoryGrouper stories;

        public OrderedPass(DocumentFrequencies frequencies, Consumer<StoryRow> storyRows) {
            this.stories = new StoryGrouper(frequencies, storyRows);
        }

        public Grouping next(ArticleSignature s) {
            int original = duplicates.firstMatch(s.sketch(), s.contentSha256());
            int article = duplicates.add(s.articleId(), s.sketch(), s.contentSha256());
            String story = stories.assign(article, s, original);
            return new Grouping(s.articleId(), original < 0 ? null : duplicates.idAt(original), story);
        }

        /** Closes the stories still open, handing their rows on. */
        public void finish() {
            stories.finish();
        }
    }
}
