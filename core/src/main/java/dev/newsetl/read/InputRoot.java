package dev.newsetl.read;

import dev.newsetl.fs.HadoopFileSystems;
import dev.newsetl.fs.Location;
import java.util.Set;

/** Lists and opens an input root: java.nio for a local one (as always), the Hadoop FileSystem API for a URI. */
public final class InputRoot {
    private InputRoot() {}

    /** @param extensions lower-case file extensions that hold articles (without dot); empty means every file */
    public static InputListing listing(Location root, Set<String> extensions) {
        if (root.isLocal()) {
            return new InputTree(root.localPath(), extensions);
        }
        return new HadoopInputTree(HadoopFileSystems.of(root), HadoopFileSystems.path(root), extensions);
    }

    /**
     * The listing the job partitions: the files of {@code root}, each container file (WARC, JSON Lines) replaced by
     * its records.
     */
    public static ContainerListing recordListing(Location root, Set<String> extensions, InputLimits limits) {
        return recordListing(root, extensions, limits, file -> false);
    }

    /** @param unchanged container files an earlier run ingested as they are now: left out, unscanned */
    public static ContainerListing recordListing(
            Location root,
            Set<String> extensions,
            InputLimits limits,
            java.util.function.Predicate<ListedFile> unchanged) {
        return new ContainerListing(listing(root, extensions), files(root), limits, unchanged);
    }

    /** A loader of files and container records under the given limits and JSON key mapping. */
    public static InputFileLoader loader(Location root, InputLimits limits, JsonFieldMapping mapping) {
        return new InputFileLoader(files(root), limits, mapping);
    }

    private static InputFiles files(Location root) {
        return root.isLocal()
                ? InputFileLoader.localFiles(root.localPath())
                : new HadoopInputFiles(HadoopFileSystems.of(root), HadoopFileSystems.path(root));
    }

    public static InputFileLoader loader(Location root, long maxBytes) {
        if (root.isLocal()) {
            return new InputFileLoader(root.localPath(), maxBytes);
        }
        return new InputFileLoader(
                new HadoopInputFiles(HadoopFileSystems.of(root), HadoopFileSystems.path(root)), maxBytes);
    }
}
