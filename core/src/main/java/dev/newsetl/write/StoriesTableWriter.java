package dev.newsetl.write;

import dev.newsetl.group.StoryRow;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.io.LocalOutputFile;

/**
 * The stories table, written by the grouping step as stories close: {@code stories.csv} and
 * {@code stories/part-00000.parquet} in the publish folder, their manifest entries in {@code _staging/.../stories/},
 * and the largest stories for the run report. Opening it discards what an interrupted attempt left.
 */
public final class StoriesTableWriter implements Consumer<StoryRow>, AutoCloseable {
    static final String TABLE = "stories";
    static final String LARGEST_FILE = "largest.tsv";
    static final int LARGEST = 10;
    private static final Comparator<StoryRow> LARGEST_FIRST =
            Comparator.comparingInt(StoryRow::articles).reversed().thenComparing(StoryRow::storyId);

    private final Path dir;
    private final Path parquet;
    private final Path csv;
    private final ParquetPartWriter<StoryRow> parquetWriter;
    private final CsvPartWriter<StoryRow> csvWriter;
    private final List<StoryRow> largest = new ArrayList<>();

    public StoriesTableWriter(RunLayout layout, ParquetSettings settings) {
        dir = dir(layout);
        parquet = layout.publish().resolve(TABLE).resolve(RunLayout.partFileName(0, "parquet"));
        csv = layout.publish().resolve(TABLE + ".csv");
        try {
            Files.createDirectories(dir);
            Files.createDirectories(parquet.getParent());
            Files.deleteIfExists(parquet);
            parquetWriter = new ParquetPartWriter<>(DatasetTables.STORIES, new LocalOutputFile(parquet), settings);
            csvWriter = new CsvPartWriter<>(DatasetTables.STORIES, new FileOutputStream(csv.toFile()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the stories table in " + layout.publish(), e);
        }
    }

    @Override
    public void accept(StoryRow row) {
        parquetWriter.write(row);
        csvWriter.write(row);
        largest.add(row);
        if (largest.size() > 4 * LARGEST) {
            keepLargest();
        }
    }

    @Override
    public void close() {
        parquetWriter.close();
        csvWriter.close();
        try {
            PartitionPartWriter.sync(parquet);
            PartitionPartWriter.sync(csv);
            long rows = csvWriter.rows();
            new PartitionParts(
                            List.of(new PublishedFile(
                                    TABLE + "/" + parquet.getFileName(),
                                    "parquet",
                                    TABLE,
                                    rows,
                                    Files.size(parquet),
                                    Digests.sha256Hex(parquet))),
                            List.of(new PublishedFile(
                                    TABLE + ".csv", "csv", TABLE, rows, Files.size(csv), Digests.sha256Hex(csv))))
                    .save(dir);
            keepLargest();
            List<String> lines = new ArrayList<>();
            for (StoryRow s : largest) {
                lines.add(String.join(
                        "\t",
                        s.storyId(),
                        Integer.toString(s.articles()),
                        Integer.toString(s.sources()),
                        s.firstDate() == null ? "" : s.firstDate().toString(),
                        s.lastDate() == null ? "" : s.lastDate().toString(),
                        flat(s.title()),
                        flat(String.join(", ", s.entities()))));
            }
            Files.write(dir.resolve(LARGEST_FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the stories table", e);
        }
    }

    /** The stories table's published files (CSV and Parquet), as listed when it was closed. */
    public static List<PublishedFile> published(RunLayout layout) {
        PartitionParts parts = PartitionParts.load(dir(layout));
        List<PublishedFile> files = new ArrayList<>(parts.csvParts());
        files.addAll(parts.parquet());
        return files;
    }

    /** The largest stories of the run, largest first, each as its table cells (id, size, sources, dates, ...). */
    static List<String[]> largest(RunLayout layout) {
        Path file = dir(layout).resolve(LARGEST_FILE);
        List<String[]> rows = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private void keepLargest() {
        largest.sort(LARGEST_FIRST);
        largest.subList(Math.min(LARGEST, largest.size()), largest.size()).clear();
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static Path dir(RunLayout layout) {
        return layout.staging().resolve(TABLE);
    }
}
