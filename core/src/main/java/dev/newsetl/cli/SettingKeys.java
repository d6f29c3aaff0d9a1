package dev.newsetl.cli;

import dev.newsetl.job.NewsEtlJobConfiguration;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The setting names a user may pass as {@code --key=value}: every field of our settings records (so a typo is a
 * usage error, not a silently ignored setting) plus Spring's own namespaces.
 */
final class SettingKeys {
    /** The settings records the job binds: one list, on the job's configuration. */
    private static final Class<?>[] SETTINGS = NewsEtlJobConfiguration.class
            .getAnnotation(EnableConfigurationProperties.class)
            .value();

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
