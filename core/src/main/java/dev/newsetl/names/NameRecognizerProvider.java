package dev.newsetl.names;

import java.nio.file.Path;

/**
 * Where a statistical {@link NameRecognizer} comes from: an implementation registered for {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.newsetl.names.NameRecognizerProvider}) opens its model.
 * {@link RecognizerModels} finds it, so the job and the Spark executors build the same recognizer the same way.
 */
public interface NameRecognizerProvider {

    /**
     * The recognizer for a model.
     *
     * @param model a model file the user named ({@code newsetl.names.model}), or null for the model bundled in the
     *              jar
     * @throws Exception when the model cannot be read or is not a model; the message should say why
     */
    NameRecognizer open(Path model) throws Exception;

    /**
     * Whether this provider reads {@code model} (null: the bundled model). The first provider in class-name order
     * that does is used; a provider for one kind of file says no to the others.
     */
    default boolean reads(Path model) {
        return true;
    }
}
