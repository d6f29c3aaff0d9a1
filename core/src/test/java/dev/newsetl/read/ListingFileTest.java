package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.RejectReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingFileTest {

    @TempDir
    Path dir;

    @Test
    void partitionsReadFromTheirOffsetsGetExactlyTheLinesOfARangeRead() throws IOException {
        Path listing = listingOf(23);
        for (int step : new int[] {1, 4, 5, 23, 30}) {
            long[] offsets = ListingFile.lineOffsets(listing, step);
            assertThat(offsets).hasSize((23 + step - 1) / step);
            List<ListedFile> bySeek = new ArrayList<>();
            for (int p = 0; p < offsets.length; p++) {
                long from = (long) p * step;
                ListingFile.readAt(listing, offsets[p], Math.min(23, from + step) - from, bySeek::add);
            }
            List<ListedFile> byScan = new ArrayList<>();
            ListingFile.read(listing, 0, 23, byScan::add);
            assertThat(bySeek).as("step %d", step).isEqualTo(byScan);
        }
    }

    @Test
    void offsetsSkipEscapedNewlinesAndMultiByteNames() throws IOException {
        Path listing = listingOf(6);
        List<ListedFile> all = new ArrayList<>();
        ListingFile.read(listing, 0, 6, all::add);
        long[] offsets = ListingFile.lineOffsets(listing, 2);
        List<ListedFile> third = new ArrayList<>();
        ListingFile.readAt(listing, offsets[2], 2, third::add);
        assertThat(third).containsExactly(all.get(4), all.get(5));
        assertThat(all)
                .anySatisfy(f -> assertThat(f.relativePath()).contains("\n").contains("İ"));
    }

    @Test
    void anEmptyListingHasOneOffsetAndNoLines() throws IOException {
        Path listing = dir.resolve("empty.tsv");
        Files.writeString(listing, "");
        assertThat(ListingFile.lineOffsets(listing, 10)).containsExactly(0L);
        List<ListedFile> none = new ArrayList<>();
        ListingFile.readAt(listing, 0, 10, none::add);
        assertThat(none).isEmpty();
    }

    /** A listing written the way a run writes it, with names that need escaping and multi-byte letters. */
    private Path listingOf(int files) throws IOException {
        Path root = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < files; i++) {
            String name = i % 4 == 3 ? String.format("odd\nİsim %02d\t.txt", i) : String.format("a/file-%02d.txt", i);
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x".repeat(i));
        }
        Path listing = dir.resolve("listing.tsv");
        long written = ListingFile.write(new InputTree(root, Set.of("txt")), listing);
        assertThat(written).isEqualTo(files);
        return listing;
    }

    @Test
    void containerRecordsKeepTheirOffsetAndPlainFilesTheirFiveColumns() {
        ListedFile file = new ListedFile("cc/news.warc.gz", 900, 1234L, null, "");
        ListedFile record = ListedFile.ofRecord(file, 48213, 700, null, "");
        ListedFile bad = ListedFile.ofRecord(file, 49000, 0, RejectReason.MALFORMED_RECORD, "length\tlies");

        assertThat(ListingFile.format(file)).isEqualTo("cc/news.warc.gz\t900\t-\t\t1234");
        assertThat(ListingFile.parse(ListingFile.format(file))).isEqualTo(file);
        assertThat(ListingFile.parse(ListingFile.format(record))).isEqualTo(record);
        assertThat(ListingFile.parse(ListingFile.format(bad))).isEqualTo(bad);
        assertThat(record.id()).isEqualTo("cc/news.warc.gz#48213");
        assertThat(file.id()).isEqualTo("cc/news.warc.gz");
        assertThat(record.source()).isEqualTo("cc");
    }

    @Test
    void rejectsSurviveTheRoundTrip() throws IOException {
        Path root = Files.createDirectories(dir.resolve("r"));
        Files.writeString(root.resolve("photo.jpg"), "not text");
        Path listing = dir.resolve("r.tsv");
        ListingFile.write(new InputTree(root, Set.of("txt")), listing);
        List<ListedFile> read = new ArrayList<>();
        ListingFile.readAt(listing, ListingFile.lineOffsets(listing, 1)[0], 1, read::add);
        assertThat(read).singleElement().extracting(ListedFile::rejected).isEqualTo(RejectReason.NOT_ARTICLE);
    }
}
