package dev.newsetl.names;

import dev.newsetl.names.ner.NameModelsProvider;

/** The recognizer the job runs with by default (the bundled statistical models), for the evaluations. */
public final class AvailableRecognizer {
    private AvailableRecognizer() {}

    public static NameRecognizer get() {
        return NameModelsProvider.bundledOnce();
    }
}
