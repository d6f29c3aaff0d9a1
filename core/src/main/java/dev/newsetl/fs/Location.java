package dev.newsetl.fs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An input or output root as the user gave it: a local directory, or a Hadoop FileSystem URI. A plain path and a
 * {@code file:} URI are local and stay on java.nio (fast, and exactly as before); any other scheme goes through
 * {@code org.apache.hadoop.fs.FileSystem}.
 *
 * @param local  the absolute, normalized local path; null for a Hadoop location
 * @param remote the URI (no trailing slash); null for a local location
 */
public record Location(Path local, URI remote) {
    // Two or more characters: a single letter before ':' is a Windows drive, not a scheme.
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    public Location {
        if ((local == null) == (remote == null)) {
            throw new IllegalArgumentException("a location is either local or remote");
        }
        local = local == null ? null : local.toAbsolutePath().normalize();
    }

    public static Location local(Path path) {
        return new Location(Objects.requireNonNull(path, "path"), null);
    }

    /**
     * The location a setting names.
     *
     * @throws IllegalArgumentException starting with the setting's name when the value is not a location
     */
    public static Location parse(String text, String setting) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses what a user wrote after {@code --input=} or {@code --output=}.
     *
     * @throws IllegalArgumentException naming the text when it is blank or not a valid URI
     */
    public static Location parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty location");
        }
        String trimmed = text.strip();
        if (!SCHEME.matcher(trimmed).find()) {
            return local(Path.of(trimmed));
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URI: " + e.getReason());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            if (uri.getPath() == null || uri.getPath().isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' has no path (write file:///abs/dir)");
            }
            return local(Path.of(uri.getPath()));
        }
        if (uri.isOpaque() || uri.getPath() == null) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a hierarchical URI (write " + scheme + "://authority/path)");
        }
        String path = uri.normalize().getPath();
        if (path.isEmpty()) {
            path = "/";
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new Location(null, new URI(scheme, uri.getAuthority(), path, null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URI: " + e.getReason());
        }
    }

    public boolean isLocal() {
        return local != null;
    }

    /** The scheme, {@code "file"} for a local location. */
    public String scheme() {
        return isLocal() ? "file" : remote.getScheme();
    }

    /** The local directory; only for a local location. */
    public Path localPath() {
        if (!isLocal()) {
            throw new IllegalStateException(this + " is not a local path");
        }
        return local;
    }

    /** The URI; for a local location its {@code file:} URI. */
    public URI uri() {
        return isLocal() ? local.toUri() : remote;
    }

    /** A location below this one; {@code relative} is {@code /}-separated. */
    public Location resolve(String relative) {
        if (isLocal()) {
            return local(local.resolve(relative));
        }
        String base = remote.getPath().endsWith("/") ? remote.getPath() : remote.getPath() + "/";
        try {
            return new Location(null, new URI(remote.getScheme(), remote.getAuthority(), base + relative, null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot resolve '" + relative + "' under " + this, e);
        }
    }

    /** The form recorded in job parameters and shown to users: the absolute path, or the URI. */
    @Override
    public String toString() {
        return isLocal() ? local.toString() : remote.toString();
    }
}
