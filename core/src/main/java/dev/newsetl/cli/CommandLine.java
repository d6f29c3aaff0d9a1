package dev.newsetl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the command, its own options and the {@code --key=value} settings passed to Spring.
 * Parsing knows nothing of what the options mean; {@link Commands} checks them.
 */
public record CommandLine(String command, Map<String, String> options, List<String> positional) {

    public static CommandLine parse(String[] args) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                String body = arg.substring(2);
                if (body.isEmpty()) {
                    throw new UsageException("empty option '--'");
                }
                int eq = body.indexOf('=');
                String key = eq < 0 ? body : body.substring(0, eq);
                String value = eq < 0 ? null : body.substring(eq + 1);
                if (options.containsKey(key)) {
                    throw new UsageException("option --" + key + " given twice");
                }
                options.put(key, value);
            } else if (arg.equals("-h")) {
                options.put("help", null);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option '" + arg + "' (options are written --name=value)");
            } else if (command == null) {
                command = arg;
            } else {
                positional.add(arg);
            }
        }
        return new CommandLine(command, options, positional);
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    public String value(String option) {
        return options.get(option);
    }
}
