package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader reads stays inside the input root, whatever happened to the tree after it was listed. */
class InputFileLoaderTest {

    @Test
    void aFileReplacedByALinkOutsideAfterTheListingIsNotRead(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("input/wire"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for the dataset");
        Path file = Files.writeString(root.resolve("a.txt"), "an article");
        InputFileLoader loader = new InputFileLoader(temp.resolve("input"), 1024);
        ListedFile listed = new ListedFile("wire/a.txt", 10, 0, null, "");
        assertThat(new String(loader.load(listed).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("an article");

        Files.delete(file);
        Files.createSymbolicLink(file, secret);
        InputDocument document = loader.load(listed);

        assertThat(document.bytes()).isNull();
        assertThat(document.unreadable().reason()).isEqualTo(RejectReason.OUTSIDE_ROOT);
    }

    @Test
    void aListingPathLeadingOutOfTheRootIsNotRead(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("input/wire"));
        Files.writeString(temp.resolve("secret.txt"), "not for the dataset");
        InputFileLoader loader = new InputFileLoader(temp.resolve("input"), 1024);
        for (String path : new String[] {
            "../secret.txt", "wire/../../secret.txt", temp.resolve("secret.txt").toString()
        }) {
            InputDocument document = loader.load(new ListedFile(path, 19, 0, null, ""));
            assertThat(document.unreadable()).as(path).isNotNull();
            assertThat(document.unreadable().reason()).as(path).isEqualTo(RejectReason.OUTSIDE_ROOT);
        }
    }

    @Test
    void aLinkToAFileInsideTheRootIsRead(@TempDir Path temp) throws Exception {
        Path wire = Files.createDirectories(temp.resolve("input/wire"));
        Files.writeString(wire.resolve("a.txt"), "an article");
        Files.createSymbolicLink(wire.resolve("alias.txt"), wire.resolve("a.txt"));
        InputFileLoader loader = new InputFileLoader(temp.resolve("input"), 1024);
        InputDocument document = loader.load(new ListedFile("wire/alias.txt", 10, 0, null, ""));
        assertThat(new String(document.bytes(), StandardCharsets.UTF_8)).isEqualTo("an article");
    }
}
