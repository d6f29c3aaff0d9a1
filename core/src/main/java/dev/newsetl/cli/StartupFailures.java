package dev.newsetl.cli;

/** Turns an exception from starting or running the application into the one line an operator needs. */
final class StartupFailures {
    private StartupFailures() {}

    /**
     * The innermost cause, except that our own dictionary or model file error stops the walk: its message names the file and what
     * is wrong ("cannot read the dictionary: NoSuchFileException"), where its cause alone would say just the path.
     */
    static Throwable root(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && !isDictionaryError(root)) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean isDictionaryError(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("dev.newsetl.names.DictionaryException")
                || name.startsWith("dev.newsetl.names.ModelFileException");
    }

    /** A bad setting or dictionary: the user's to fix, reported like a usage error. */
    static boolean isConfiguration(Throwable t) {
        Throwable root = root(t);
        return root instanceof IllegalArgumentException
                || isDictionaryError(root)
                || t.getClass().getName().contains("BindException")
                || t.getClass().getName().contains("ConfigurationProperties");
    }

    /** Prints the line for {@code e} and returns the exit status: 2 for the user's configuration, else 1. */
    static int report(Throwable e, java.io.PrintStream err) {
        err.println("news-etl: " + describe(e));
        return isConfiguration(e) ? Commands.USAGE : 1;
    }

    static String describe(Throwable t) {
        Throwable root = root(t);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return isConfiguration(t) ? "configuration error: " + message : "failed: " + message;
    }
}
