package dev.newsetl.read;

import java.io.IOException;
import java.io.InputStream;

/** Opens the files of an input tree by their listed relative path. */
public interface InputFiles {
    /** The current size in bytes. */
    long size(String relativePath) throws IOException;

    InputStream open(String relativePath) throws IOException;

    /** The file's bytes from {@code offset} on (a container record's start); a seek where the file system has one. */
    default InputStream openAt(String relativePath, long offset) throws IOException {
        InputStream in = open(relativePath);
        try {
            in.skipNBytes(offset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return in;
    }
}
