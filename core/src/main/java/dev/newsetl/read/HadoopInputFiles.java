package dev.newsetl.read;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The files of an input tree on a Hadoop file system. */
public record HadoopInputFiles(FileSystem fs, Path root) implements InputFiles {
    @Override
    public long size(String relativePath) throws IOException {
        return fs.getFileStatus(child(relativePath)).getLen();
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        return fs.open(child(relativePath));
    }

    // Through the three-part constructor: a name with ':' in it would otherwise parse as a URI scheme.
    private Path child(String relativePath) {
        return new Path(root, new Path(null, null, relativePath));
    }
}
