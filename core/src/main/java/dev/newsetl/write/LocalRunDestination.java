package dev.newsetl.write;

import dev.newsetl.fs.CommitMode;
import dev.newsetl.fs.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A run destination on the local disk, through java.nio: the staged run moves into place in one atomic rename. */
public final class LocalRunDestination extends RunDestination {
    private final Path root;

    public LocalRunDestination(Path root, LocalDate runDate) {
        super(runDate, CommitMode.RENAME);
        this.root = root.toAbsolutePath().normalize();
    }

    private Path path(String relative) {
        return root.resolve(relative);
    }

    @Override
    String uri(String relative) {
        return path(relative).toString();
    }

    @Override
    Optional<Path> localPath(String relative) {
        return Optional.of(path(relative));
    }

    @Override
    boolean exists(String relative) {
        return Files.exists(path(relative));
    }

    @Override
    List<String> directories() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root, Files::isDirectory)) {
            children.forEach(child -> names.add(child.getFileName().toString()));
        }
        return names;
    }

    @Override
    InputStream open(String relative) throws IOException {
        return Files.newInputStream(path(relative));
    }

    @Override
    OutputStream create(String relative) throws IOException {
        Files.createDirectories(path(relative).getParent());
        return Files.newOutputStream(path(relative));
    }

    @Override
    void delete(String relative) throws IOException {
        FileTrees.delete(path(relative));
    }

    @Override
    void move(String from, String to) throws IOException {
        Files.move(path(from), path(to), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    void replace(String relative, byte[] content) throws IOException {
        Path tmp = path(relative + ".tmp");
        // A link planted as the temporary file is removed, never written through (the move below replaces a planted
        // link at the final name itself, not what it points to).
        Files.deleteIfExists(tmp);
        Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        PartitionPartWriter.sync(tmp);
        Files.move(tmp, path(relative), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    void deleteIfEmpty(String relative) {
        try {
            Files.deleteIfExists(path(relative));
        } catch (IOException e) {
            // Not empty, or in use: leave it.
        }
    }
}
