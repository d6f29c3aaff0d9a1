package dev.newsetl.cli;

import dev.newsetl.job.HtmlProperties;
import dev.newsetl.job.InputProperties;
import dev.newsetl.job.JobProperties;
import dev.newsetl.job.NamesProperties;
import dev.newsetl.job.OutputProperties;
import dev.newsetl.job.ParquetProperties;
import dev.newsetl.job.ProgressProperties;
import dev.newsetl.job.ScheduleProperties;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The setting names a user may pass as {@code --key=value}: every field of our settings records (so a typo is a
 * usage error, not a silently ignored setting) plus Spring's own namespaces.
 */
final class SettingKeys {
    private static final Class<?>[] SETTINGS = {
        InputProperties.class,
        OutputProperties.class,
        JobProperties.class,
        ParquetProperties.class,
        NamesProperties.class,
        ProgressProperties.class,
        ScheduleProperties.class,
        HtmlProperties.class
    };
    private static final String[] SPRING_PREFIXES = {"spring.", "logging.", "management.", "debug", "trace"};

    private SettingKeys() {}

    static Set<String> known() {
        Set<String> keys = new TreeSet<>();
        for (Class<?> settings : SETTINGS) {
            String prefix =
                    settings.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent component : settings.getRecordComponents()) {
                keys.add(prefix + "." + kebab(component.getName()));
            }
        }
        return keys;
    }

    static boolean isSetting(String key) {
        if (known().contains(key)) {
            return true;
        }
        for (String prefix : SPRING_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
