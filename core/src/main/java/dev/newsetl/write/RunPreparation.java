package dev.newsetl.write;

import dev.newsetl.fs.FileTrees;
import dev.newsetl.fs.OwnerOnly;
import dev.newsetl.fs.PlantedLinks;
import dev.newsetl.read.InputListing;
import dev.newsetl.read.ListedFile;
import dev.newsetl.read.ListingFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The start of a run: claims the staging folder for one job instance (clearing what another instance of the same
 * date left), records the partition size, and lists the input into it, keeping the files {@code keep} accepts.
 */
public final class RunPreparation {

    /**
     * @param files     files listed (what the run will process)
     * @param unchanged files left out because an earlier run ingested them unchanged
     * @param cleared   staging left by another job instance was removed first
     */
    public record Listed(long files, long unchanged, boolean cleared) {}

    private final RunLayout layout;

    public RunPreparation(RunLayout layout) {
        this.layout = layout;
    }

    public Listed prepare(long instanceId, int partitionSize, InputListing input, Predicate<ListedFile> keep)
            throws IOException {
        String instance = Long.toString(instanceId);
        Path marker = layout.instanceMarker();
        boolean cleared = false;
        PlantedLinks.refuse(layout.output(), layout.staging());
        PlantedLinks.refuse(layout.output(), layout.published());
        if (Files.exists(layout.staging())
                && !(Files.exists(marker)
                        && Files.readString(marker, StandardCharsets.UTF_8).equals(instance))) {
            FileTrees.delete(layout.staging());
            cleared = true;
        }
        // Staging is the owner's alone, so nobody else can plant a link in it while the run writes there; the
        // publish folder inside it keeps ordinary permissions and is moved into place as it is.
        OwnerOnly.folder(layout.staging().getParent());
        OwnerOnly.folder(layout.staging());
        Files.writeString(marker, instance, StandardCharsets.UTF_8);
        Files.writeString(layout.partitionSizeFile(), Integer.toString(partitionSize), StandardCharsets.UTF_8);
        long[] unchanged = {0};
        long files = ListingFile.write(input, layout.listing(), listed -> {
            boolean changed = keep.test(listed);
            if (!changed) {
                unchanged[0]++;
            }
            return changed;
        });
        return new Listed(files, unchanged[0], cleared);
    }
}
