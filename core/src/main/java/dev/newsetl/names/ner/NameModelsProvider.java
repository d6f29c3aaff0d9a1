package dev.newsetl.names.ner;

import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.NameRecognizerProvider;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The statistical recognizer as {@link dev.newsetl.names.RecognizerModels} finds it: the bundled models, or a folder
 * of retrained ones ({@code newsetl.names.model}, as the training command writes them). The bundled models are read
 * once per JVM (about two seconds): {@link #preload()} lets the entry point start that while Spring starts.
 */
public final class NameModelsProvider implements NameRecognizerProvider {
    private static NameRecognizer bundled;
    private static RuntimeException failure;

    /** The bundled recognizer, read on first use; a broken model fails every caller the same way. */
    public static synchronized NameRecognizer bundledOnce() {
        if (bundled == null && failure == null) {
            try {
                bundled = NameModels.bundled();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return bundled;
    }

    /** Reads the bundled models now, on the caller's thread; a failure waits for the job's own start to report it. */
    public static void preload() {
        try {
            bundledOnce();
        } catch (RuntimeException e) {
            // reported, naming the file, when the job opens the recognizer
        }
    }

    @Override
    public NameRecognizer open(Path model) {
        return model == null ? bundledOnce() : NameModels.load(model);
    }

    @Override
    public boolean reads(Path model) {
        return model == null || Files.isDirectory(model);
    }
}
