package dev.newsetl.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the third-party corpora live ({@code ../shared} beside the checkout): read at test time, never copied into
 * the repository. The system property {@code newsetl.shared} overrides the place; otherwise the folder is found
 * beside the project root, walking up from the working directory, so tests of any Maven module find it.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared folder, which may not exist on a machine without it (tests then skip with an assumption). */
    public static Path root() {
        String given = System.getProperty("newsetl.shared");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolveSibling("shared");
            if (Files.isDirectory(at.resolve("config")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return dir.resolveSibling("shared");
    }

    /** A path inside the shared folder, e.g. {@code resolve("realworld/text")}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    public static boolean present(String relative) {
        return Files.exists(resolve(relative));
    }
}
