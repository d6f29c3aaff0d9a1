package dev.newsetl.read;

import java.io.IOException;
import java.io.InputStream;

/** Opens the files of an input tree by their listed relative path. */
public interface InputFiles {
    /** The current size in bytes. */
    long size(String relativePath) throws IOException;

    InputStream open(String relativePath) throws IOException;
}
