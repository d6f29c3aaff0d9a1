package dev.newsetl.names;

import java.lang.reflect.Method;

/**
 * The statistical recognizer when it is on the class path ({@code dev.newsetl.names.ner.NameModels.bundled()}),
 * else {@link NameRecognizer#NONE}: evaluations run with whatever recognizer the build has, and assert their bars
 * only when it is the real one.
 */
public final class AvailableRecognizer {
    static final String FACTORY = "dev.newsetl.names.ner.NameModels";

    private AvailableRecognizer() {
    }

    public static boolean real() {
        try {
            Class.forName(FACTORY);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    public static NameRecognizer get() {
        if (!real()) {
            return NameRecognizer.NONE;
        }
        try {
            Method bundled = Class.forName(FACTORY).getMethod("bundled");
            return (NameRecognizer) bundled.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(FACTORY + ".bundled() did not give a NameRecognizer", e);
        }
    }
}
