package dev.newsetl.job;

import dev.newsetl.fs.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * The default job repository: an H2 file database in {@code <work dir>/_meta/}, private to the user running the job.
 * <ul>
 * <li>AUTO_SERVER lets a second process ({@code history}, {@code status}) read it while a run holds it: the first
 * process to open it serves it over TCP. That server binds to the loopback address only ({@code h2.bindAddress});
 * H2 reads the property once, when its classes load, so every entry point calls {@link #bindToLoopback()} before
 * anything touches H2, and {@link #url} refuses to go on if H2 loaded without it.</li>
 * <li>{@code _meta/} is 0700 and its files 0600: the lock file H2 writes there holds the server's address and the
 * key a client needs to join, so a local user who could read it could change the job repository.</li>
 * </ul>
 */
public final class JobRepositoryDatabase {
    /** The H2 system property naming the address its servers bind to. */
    public static final String BIND_PROPERTY = "h2.bindAddress";

    public static final String LOOPBACK = "127.0.0.1";
    static final String META = "_meta";

    private JobRepositoryDatabase() {}

    /** Makes H2's servers in this JVM bind to loopback; must run before H2's classes load (main does it first). */
    public static void bindToLoopback() {
        String configured = System.getProperty(BIND_PROPERTY);
        if (configured == null || configured.isBlank()) {
            System.setProperty(BIND_PROPERTY, LOOPBACK);
        }
    }

    /** The JDBC URL of the default job repository under {@code work}, its folder created owner-only. */
    static String url(Path work) {
        requireLoopback();
        Path meta = work.resolve(META);
        try {
            OwnerOnly.folder(meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the job state folder " + meta, e);
        }
        // WRITE_DELAY=0: H2 has no redo log and by default writes commits to its file up to half a second later, so
        // a killed run could lose partitions it had recorded as complete (and redo them); 0 writes each commit at once.
        return "jdbc:h2:file:" + meta.resolve("newsetl") + ";TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** Once H2 has opened the database: its files (database, lock with the server key) become owner-only. */
    static void restrictFiles(Path work) {
        Path meta = work.resolve(META);
        try {
            OwnerOnly.tightenFiles(meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the job state files in " + meta, e);
        }
    }

    /** Fails when H2 in this JVM would serve the database on an address other than loopback. */
    static void requireLoopback() {
        bindToLoopback();
        String effective = org.h2.engine.SysProperties.BIND_ADDRESS;
        if (!isLoopback(effective)) {
            throw new IllegalStateException("H2 would serve the job repository on "
                    + (effective == null ? "every network interface" : effective) + ": start the JVM with -D"
                    + BIND_PROPERTY + "="
                    + LOOPBACK + " (the job sets it itself unless H2 was loaded before it started)");
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
