package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hadoop listing must equal the local one (same order, same rejects), here on Hadoop's local file system. */
class HadoopInputTreeTest {
    @Test
    void listsInTheSameOrderWithTheSameRejectsAsTheLocalTree(@TempDir Path root) throws Exception {
        for (String file : List.of(
                "a/b.txt",
                "a-c.txt",
                "a/z/deep.txt",
                "b.TXT",
                "notes.md",
                ".hidden.txt",
                "a/.cache/x.txt",
                "Z.txt",
                "é/accent.txt")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "text of " + file);
        }
        List<ListedFile> local = new ArrayList<>();
        new InputTree(root, Set.of("txt")).list(local::add);
        List<ListedFile> hadoop = new ArrayList<>();
        FileSystem fs = FileSystem.getLocal(new Configuration());
        new HadoopInputTree(fs, new org.apache.hadoop.fs.Path(root.toUri()), Set.of("txt")).list(hadoop::add);

        assertThat(hadoop)
                .extracting(ListedFile::relativePath)
                .containsExactly("Z.txt", "a/b.txt", "a/z/deep.txt", "a-c.txt", "b.TXT", "notes.md", "é/accent.txt");
        assertThat(hadoop)
                .extracting(ListedFile::relativePath, ListedFile::size, ListedFile::rejected)
                .isEqualTo(local.stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.relativePath(), f.size(), f.rejected()))
                        .toList());
    }

    @Test
    void loadsFilesThroughTheFileSystem(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("one.txt"), "Ankara, Jan 30");
        Files.write(root.resolve("big.txt"), new byte[100]);
        FileSystem fs = FileSystem.getLocal(new Configuration());
        InputFileLoader loader =
                new InputFileLoader(new HadoopInputFiles(fs, new org.apache.hadoop.fs.Path(root.toUri())), 50);
        assertThat(loader.load(new ListedFile("one.txt", 14, null, "")).bytes())
                .asString()
                .isEqualTo("Ankara, Jan 30");
        assertThat(loader.load(new ListedFile("big.txt", 100, null, ""))
                        .unreadable()
                        .reason())
                .isEqualTo(dev.newsetl.article.RejectReason.TOO_LARGE);
        assertThat(loader.load(new ListedFile("gone.txt", 1, null, ""))
                        .unreadable()
                        .reason())
                .isEqualTo(dev.newsetl.article.RejectReason.UNREADABLE);
    }
}
