package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A recognizer "model" for tests of the job around the recognizer: a {@code .tags} file of {@code TYPE<TAB>spelling}
 * lines ({@code #} comments) opened as a {@link TaggingRecognizer}. Registered for the test class path only
 * (src/test/resources/META-INF/services); it reads no other file, so the real model stays the real provider's.
 */
public final class TaggingRecognizerProvider implements NameRecognizerProvider {
    @Override
    public boolean reads(Path model) {
        return model != null && model.getFileName().toString().endsWith(".tags");
    }

    @Override
    public NameRecognizer open(Path model) throws Exception {
        TaggingRecognizer recognizer = new TaggingRecognizer(0.75);
        List<String> lines = Files.readAllLines(model, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected TYPE<TAB>spelling");
            }
            recognizer.tag(EntityType.valueOf(f[0]), f[1]);
        }
        return recognizer;
    }
}
