package dev.newsetl.fs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The Hadoop FileSystem for a remote location. The configuration is Hadoop's usual one: {@code core-site.xml} and
 * {@code hdfs-site.xml} from the classpath, plus those in {@code $HADOOP_CONF_DIR} (the {@code hadoop} launcher
 * puts that folder on the classpath; a plain {@code java -jar} does not, so it is added here).
 */
public final class HadoopFileSystems {
    private static volatile Configuration configuration;

    private HadoopFileSystems() {}

    public static Configuration configuration() {
        Configuration conf = configuration;
        if (conf == null) {
            synchronized (HadoopFileSystems.class) {
                if (configuration == null) {
                    configuration = load(System.getenv("HADOOP_CONF_DIR"));
                }
                conf = configuration;
            }
        }
        return conf;
    }

    static Configuration load(String confDir) {
        Configuration conf = new Configuration();
        if (confDir != null && !confDir.isBlank()) {
            for (String name : new String[] {"core-site.xml", "hdfs-site.xml"}) {
                File file = new File(confDir, name);
                if (file.isFile()) {
                    conf.addResource(new org.apache.hadoop.fs.Path(file.toURI()));
                }
            }
        }
        return conf;
    }

    /**
     * The (cached, shared) FileSystem of {@code location}. Not closed by callers: Hadoop caches one instance per
     * scheme, authority and user, and closes them at JVM exit.
     */
    public static FileSystem of(Location location) {
        try {
            return FileSystem.get(location.uri(), configuration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file system of " + location, e);
        }
    }

    public static org.apache.hadoop.fs.Path path(Location location) {
        return new org.apache.hadoop.fs.Path(location.uri());
    }
}
