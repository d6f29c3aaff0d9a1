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
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Decides duplicate_of and story_id for every article of a run in one ordered pass over the partitions'
 * signatures (listing order, so the answer is the same in every run of the same input). "Earlier" means earlier
 * in the listing. Writes one groups file per partition, read back in step with the staged articles.
 */
public final class RunGrouper {
    public static final String GROUPS_FILE = "groups.bin";

    private final IntFunction<Path> workDir;
    private final ToDoubleFunction<String> entityWeights;

    /** @param workDir a partition's staging folder, holding its signatures file */
    public RunGrouper(IntFunction<Path> workDir, ToDoubleFunction<String> entityWeights) {
        this.workDir = workDir;
        this.entityWeights = entityWeights;
    }

    /** @return the number of articles that are duplicates of an earlier one */
    public long group(int partitions) {
        OrderedPass pass = new OrderedPass(entityWeights);
        long duplicateCount = 0;
        for (int p = 0; p < partitions; p++) {
            Path work = workDir.apply(p);
            Path groups = work.resolve(GROUPS_FILE);
            try (InputStream raw = Files.newInputStream(work.resolve(ArticleSignature.FILE));
                 DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
                 FileOutputStream file = new FileOutputStream(groups.toFile());
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
        return duplicateCount;
    }

    /** duplicate_of (null when none) and story_id of one article. */
    public record Grouping(String articleId, String duplicateOf, String storyId) {
    }

    /**
     * The grouping itself, without files: feed every article's signature in listing order and get its grouping.
     * The job feeds it from staged signature files; the Spark runner streams signatures to its driver. Memory is
     * bounded by the near-duplicate index and the stories remembered, not by the run.
     */
    public static final class OrderedPass {
        private final NearDuplicateIndex duplicates = new NearDuplicateIndex(SimHash.NEAR_DUPLICATE_DISTANCE);
        private final StoryGrouper stories;

        public OrderedPass(ToDoubleFunction<String> entityWeights) {
            this.stories = new StoryGrouper(entityWeights);
        }

        public Grouping next(ArticleSignature s) {
            String duplicateOf = duplicates.firstMatch(s.simhash(), s.contentSha256()).orElse(null);
            duplicates.add(s.articleId(), s.simhash(), s.contentSha256());
            String story = stories.assign(s.articleId(), s.date(), s.entityMentions(), s.simhash());
            return new Grouping(s.articleId(), duplicateOf, story);
        }
    }
}
