package dev.newsetl.names;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Opens the recognizer the settings ask for ({@code newsetl.names.recognizer}, {@code newsetl.names.model}), once
 * per JVM at start, so a bad model stops the run before it reads a file. With no {@link NameRecognizerProvider} on
 * the class path and no model named, names come from the dictionary alone.
 */
public final class RecognizerModels {
    private RecognizerModels() {}

    /**
     * @param enabled false for the dictionary alone ({@link NameRecognizer#NONE})
     * @param model   a model file, or null for the bundled one
     * @throws ModelFileException naming the file when it is missing, unreadable or not a model
     */
    public static NameRecognizer open(boolean enabled, Path model) {
        if (!enabled) {
            return NameRecognizer.NONE;
        }
        if (model != null && model.toString().isBlank()) {
            model = null; // an empty setting: the bundled model
        }
        if (model != null && !Files.exists(model)) {
            throw new ModelFileException(
                    model + ": the name recognizer's model does not exist" + " (setting newsetl.names.model)", null);
        }
        if (model != null && !Files.isReadable(model)) {
            throw new ModelFileException(
                    model + ": the name recognizer's model file cannot be read" + " (setting newsetl.names.model)",
                    null);
        }
        Path wanted = model;
        List<NameRecognizerProvider> providers =
                providers().stream().filter(p -> p.reads(wanted)).toList();
        if (providers.isEmpty()) {
            if (model != null) {
                throw new ModelFileException(
                        model + ": no name recognizer in this build can read a model"
                                + " (set newsetl.names.recognizer=false to use the dictionary alone)",
                        null);
            }
            return NameRecognizer.NONE;
        }
        String what = model == null ? "the bundled name recognizer model" : model.toString();
        try {
            NameRecognizer recognizer = providers.get(0).open(model);
            if (recognizer == null) {
                throw new ModelFileException(what + ": the recognizer's provider returned no recognizer", null);
            }
            return recognizer;
        } catch (ModelFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ModelFileException(what + ": not a usable name recognizer model (" + reason + ")", e);
        }
    }

    /** The providers on the class path, in class-name order, so every JVM of a run picks the same one. */
    static List<NameRecognizerProvider> providers() {
        List<NameRecognizerProvider> out = new ArrayList<>();
        ServiceLoader.load(NameRecognizerProvider.class, RecognizerModels.class.getClassLoader())
                .forEach(out::add);
        out.sort(Comparator.comparing(p -> p.getClass().getName()));
        return out;
    }
}
