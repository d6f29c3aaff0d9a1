package dev.newsetl.read;

import java.util.function.Consumer;

/** An input tree that can be listed in a deterministic order: a local directory or a Hadoop file system. */
public interface InputListing {
    /** Calls {@code sink} for every file in listing order. */
    void list(Consumer<ListedFile> sink);
}
