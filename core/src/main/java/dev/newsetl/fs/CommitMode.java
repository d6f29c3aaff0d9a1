package dev.newsetl.fs;

import java.util.Locale;
import java.util.Set;

/**
 * How a finished run reaches a Hadoop output ({@code newsetl.output.commit}). A local output always uses the
 * atomic directory move of java.nio.
 */
public enum CommitMode {
    /** Copy into {@code _staging/run_date=D/}, then one directory rename: readers never see a partial run. */
    RENAME,
    /**
     * Write straight into {@code run_date=D/}, {@code _SUCCESS} last: for object stores, where a rename is a copy
     * of every object and not atomic. Readers must require {@code _SUCCESS}.
     */
    DIRECT;

    /** Object stores whose rename is a copy (and not atomic): they get {@link #DIRECT} under {@code auto}. */
    static final Set<String> OBJECT_STORES =
            Set.of("s3a", "s3", "s3n", "gs", "abfs", "abfss", "wasb", "wasbs", "oss", "cos", "cosn", "obs");

    /**
     * @param setting {@code auto}, {@code rename} or {@code direct} (any case)
     * @throws IllegalArgumentException naming the setting when the value is none of them
     */
    public static CommitMode choose(String setting, Location output) {
        String value =
                setting == null || setting.isBlank() ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "rename" -> RENAME;
            case "direct" -> DIRECT;
            case "auto" -> OBJECT_STORES.contains(output.scheme().toLowerCase(Locale.ROOT)) ? DIRECT : RENAME;
            default ->
                throw new IllegalArgumentException(
                        "newsetl.output.commit must be auto, rename or direct," + " not '" + setting + "'");
        };
    }
}
