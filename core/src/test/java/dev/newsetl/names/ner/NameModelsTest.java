package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameModelsTest {

    @TempDir
    Path dir;

    private void copyBundled() throws IOException {
        for (String name : new String[] {NameModels.ENGLISH, NameModels.TURKISH, NameModels.LEXICON}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(NameModels.RESOURCE_DIR + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    @Test
    void loadsTheSameModelsFromAFolder() throws IOException {
        copyBundled();
        String text = "Prime Minister Tony Blair met Gerhard Schroeder in Berlin on Monday.";
        assertThat(NameModels.load(dir).recognize(text, "en"))
                .isEqualTo(NameModels.bundled().recognize(text, "en"));
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() throws IOException {
        copyBundled();
        Files.delete(dir.resolve(NameModels.TURKISH));
        assertThatThrownBy(() -> NameModels.load(dir))
                .isInstanceOf(NameModelException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining(dir.resolve(NameModels.TURKISH).toString());
    }

    @Test
    void aCutShortModelIsAnErrorNamingIt() throws IOException {
        copyBundled();
        byte[] bytes = Files.readAllBytes(dir.resolve(NameModels.ENGLISH));
        Files.write(dir.resolve(NameModels.ENGLISH), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> NameModels.load(dir))
                .isInstanceOf(NameModelException.class)
                .hasMessageContaining("unreadable")
                .hasMessageContaining(NameModels.ENGLISH);
    }

    @Test
    void garbageInAValidGzipIsAnErrorNamingIt() throws IOException {
        copyBundled();
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(NameModels.TURKISH)))) {
            out.write(junk);
        }
        assertThatThrownBy(() -> NameModels.load(dir))
                .isInstanceOf(NameModelException.class)
                .hasMessageContaining(NameModels.TURKISH);
    }

    @Test
    void aLexiconThatIsNotGzipIsAnErrorNamingIt() throws IOException {
        copyBundled();
        Files.writeString(dir.resolve(NameModels.LEXICON), "Ankara\tCITY\n");
        assertThatThrownBy(() -> NameModels.load(dir))
                .isInstanceOf(NameModelException.class)
                .hasMessageContaining(NameModels.LEXICON);
    }
}
