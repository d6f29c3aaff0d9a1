package dev.newsetl.write;

import dev.newsetl.fs.CommitMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * A run destination on any Hadoop FileSystem (HDFS, s3a, ...), through the FileSystem API only. Under
 * {@link CommitMode#DIRECT} nothing is ever renamed, which is what object stores (where a rename is a copy) need.
 */
public final class HadoopRunDestination extends RunDestination {
    private final FileSystem fs;
    private final org.apache.hadoop.fs.Path root;
    private final CommitMode mode;

    /**
     * @param fs     the output's file system
     * @param output the output root
     */
    public HadoopRunDestination(FileSystem fs, org.apache.hadoop.fs.Path output, LocalDate runDate, CommitMode mode) {
        super(runDate, mode);
        this.fs = fs;
        this.root = fs.makeQualified(output);
        this.mode = mode;
    }

    private org.apache.hadoop.fs.Path path(String relative) {
        return new org.apache.hadoop.fs.Path(root, new org.apache.hadoop.fs.Path(null, null, relative));
    }

    @Override
    String uri(String relative) {
        return path(relative).toString();
    }

    @Override
    Optional<Path> localPath(String relative) {
        return Optional.empty();
    }

    @Override
    boolean exists(String relative) throws IOException {
        return fs.exists(path(relative));
    }

    @Override
    List<String> directories() throws IOException {
        List<String> names = new ArrayList<>();
        if (fs.exists(root)) {
            for (FileStatus child : fs.listStatus(root)) {
                if (child.isDirectory()) {
                    names.add(child.getPath().getName());
                }
            }
        }
        return names;
    }

    @Override
    InputStream open(String relative) throws IOException {
        return fs.open(path(relative));
    }

    @Override
    OutputStream create(String relative) throws IOException {
        return fs.create(path(relative), true);
    }

    @Override
    void delete(String relative) throws IOException {
        fs.delete(path(relative), true);
    }

    @Override
    void move(String from, String to) throws IOException {
        if (!fs.rename(path(from), path(to))) {
            throw new IOException("rename " + path(from) + " -> " + path(to) + " failed");
        }
    }

    /**
     * Under RENAME the file is written to a temporary name and renamed over the old one; under DIRECT it is
     * overwritten in place (a single small object: object stores make it visible whole, on close).
     */
    @Override
    void replace(String relative, byte[] content) throws IOException {
        String target = mode == CommitMode.DIRECT ? relative : relative + ".tmp";
        try (OutputStream out = create(target)) {
            out.write(content);
        }
        if (mode == CommitMode.DIRECT) {
            return;
        }
        try {
            FileContext.getFileContext(fs.getUri(), fs.getConf())
                    .rename(path(target), path(relative), Options.Rename.OVERWRITE);
        } catch (UnsupportedFileSystemException e) {
            // No FileContext binding for this scheme: replace in two steps.
            fs.delete(path(relative), false);
            move(target, relative);
        }
    }

    @Override
    void deleteIfEmpty(String relative) {
        try {
            if (fs.exists(path(relative)) && fs.listStatus(path(relative)).length == 0) {
                fs.delete(path(relative), false);
            }
        } catch (IOException e) {
            // Another run date may be staging there, or it went meanwhile: leave it.
        }
    }
}
