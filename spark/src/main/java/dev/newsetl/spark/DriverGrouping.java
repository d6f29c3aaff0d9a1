package dev.newsetl.spark;

import dev.newsetl.group.ArticleSignature;
import dev.newsetl.group.DocumentFrequencies;
import dev.newsetl.group.RunGrouper;
import dev.newsetl.group.StoryRow;
import dev.newsetl.write.DatasetTables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * duplicate_of and story_id, decided exactly as the job decides them: one ordered pass of
 * {@link RunGrouper.OrderedPass} over every article's signature in listing order. The pass is sequential by nature
 * ("earlier" means earlier in the listing, and each answer depends on all earlier articles), so it runs on the
 * driver: signatures (a few dozen bytes each, no text) stream in one partition at a time through
 * {@code toLocalIterator}, and the small answers go back to the executors as one element per partition, zipped with
 * the extracted partitions (no shuffle, rows keep their order). The stories table's rows come out of the same pass,
 * as the stories close, in the job's order.
 */
final class DriverGrouping {
    /** The groupings of one partition's articles, in order. */
    record PartitionGroups(String[] articleIds, String[] duplicateOf, String[] storyIds) implements Serializable {}

    /** What the ordered pass decided: each partition's groupings, and the stories table's rows as Spark rows. */
    record Result(List<PartitionGroups> partitions, List<Row> stories) {}

    private DriverGrouping() {}

    /** @param extracted persisted and already computed, or every partition is extracted one after another here */
    static Result group(JavaRDD<ExtractedFile> extracted) {
        int partitions = extracted.getNumPartitions();
        List<List<RunGrouper.Grouping>> byPartition = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            byPartition.add(new ArrayList<>());
        }
        // Two passes over the cached extraction, as the job makes over its staged files: document frequencies,
        // then the ordered pass, whose closed stories become the stories table's rows.
        DocumentFrequencies frequencies = new DocumentFrequencies();
        Iterator<Tuple2<Integer, byte[]>> first = signatures(extracted);
        while (first.hasNext()) {
            frequencies.add(ArticleSignature.fromBytes(first.next()._2()));
        }
        List<Row> stories = new ArrayList<>();
        RunGrouper.OrderedPass pass = new RunGrouper.OrderedPass(
                frequencies, (StoryRow story) -> stories.add(SparkRows.row(DatasetTables.STORIES, story)));
        Iterator<Tuple2<Integer, byte[]>> second = signatures(extracted);
        while (second.hasNext()) {
            Tuple2<Integer, byte[]> next = second.next();
            byPartition.get(next._1()).add(pass.next(ArticleSignature.fromBytes(next._2())));
        }
        pass.finish();
        List<PartitionGroups> groups = new ArrayList<>(partitions);
        for (List<RunGrouper.Grouping> list : byPartition) {
            groups.add(new PartitionGroups(
                    list.stream().map(RunGrouper.Grouping::articleId).toArray(String[]::new),
                    list.stream().map(RunGrouper.Grouping::duplicateOf).toArray(String[]::new),
                    list.stream().map(RunGrouper.Grouping::storyId).toArray(String[]::new)));
        }
        return new Result(groups, stories);
    }

    private static Iterator<Tuple2<Integer, byte[]>> signatures(JavaRDD<ExtractedFile> extracted) {
        return extracted
                .mapPartitionsWithIndex(
                        (Integer partition, Iterator<ExtractedFile> files) -> {
                            List<Tuple2<Integer, byte[]>> out = new ArrayList<>();
                            files.forEachRemaining(f -> {
                                if (f.isArticle()) {
                                    out.add(new Tuple2<>(partition, f.signature()));
                                }
                            });
                            return out.iterator();
                        },
                        true)
                .toLocalIterator();
    }

    /** Zipped with the extracted partitions: article rows with duplicate_of and story_id filled in. */
    static final class Apply implements FlatMapFunction2<Iterator<ExtractedFile>, Iterator<PartitionGroups>, Row> {
        private static final int ARTICLE_ID = SparkRows.indexOf(DatasetTables.ARTICLES, "article_id");
        private static final int DUPLICATE_OF = SparkRows.indexOf(DatasetTables.ARTICLES, "duplicate_of");
        private static final int STORY_ID = SparkRows.indexOf(DatasetTables.ARTICLES, "story_id");

        @Override
        public Iterator<Row> call(Iterator<ExtractedFile> files, Iterator<PartitionGroups> groupsOfPartition) {
            PartitionGroups groups = groupsOfPartition.next();
            Iterator<ExtractedFile> articles = new FilteringIterator(files);
            return new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return articles.hasNext();
                }

                @Override
                public Row next() {
                    ExtractedFile f = articles.next();
                    String id = f.article().getString(ARTICLE_ID);
                    if (i >= groups.articleIds().length || !groups.articleIds()[i].equals(id)) {
                        throw new IllegalStateException("grouping out of step with the extracted articles at " + id);
                    }
                    Row row = SparkRows.with(f.article(), DUPLICATE_OF, groups.duplicateOf()[i]);
                    row = SparkRows.with(row, STORY_ID, groups.storyIds()[i]);
                    i++;
                    return row;
                }
            };
        }
    }

    /** The articles of a partition, skipping its rejects, one at a time. */
    private static final class FilteringIterator implements Iterator<ExtractedFile> {
        private final Iterator<ExtractedFile> files;
        private ExtractedFile next;

        FilteringIterator(Iterator<ExtractedFile> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null && files.hasNext()) {
                ExtractedFile f = files.next();
                if (f.isArticle()) {
                    next = f;
                }
            }
            return next != null;
        }

        @Override
        public ExtractedFile next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ExtractedFile f = next;
            next = null;
            return f;
        }
    }
}
