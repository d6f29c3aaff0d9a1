package dev.newsetl.ops;

import dev.newsetl.fs.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run per output root at a time. An OS file lock, so it is released when the process dies, even by SIGKILL;
 * the file's text names the owner (pid@host) for the message a second run prints.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    /** The lock, or empty when another live process holds it. */
    public static Optional<OutputLock> tryAcquire(Path output) {
        Path file = output.resolve("_meta").resolve("run.lock");
        try {
            OwnerOnly.folder(file.getParent());
            FileChannel channel = FileChannel.open(
                    file,
                    java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    OwnerOnly.fileAttributes(file));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((owner() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return Optional.of(new OutputLock(channel, lock));
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run lock " + file, e);
        }
    }

    /** Who holds the lock of {@code output}, as written in the lock file. */
    public static String holder(Path output) {
        try {
            return Files.readString(output.resolve("_meta").resolve("run.lock"), StandardCharsets.UTF_8)
                    .trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
