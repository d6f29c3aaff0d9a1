package dev.newsetl.cli;

import dev.newsetl.ops.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One command of the command line, written once: {@code --help}, the checks that need no Spring, then the work;
 * a usage error becomes one line and exit 2 (in {@link Commands}), any other failure the one line of
 * {@link StartupFailures} and its exit status.
 */
abstract class Command {
    protected final Console console;
    private final String name;
    private final Supplier<String> help;

    /** @param help the text of {@code COMMAND --help} */
    Command(Console console, String name, Supplier<String> help) {
        this.console = console;
        this.name = name;
        this.help = help;
    }

    /** The work; throws {@link UsageException} for what the user must fix. */
    abstract int run(CommandLine line) throws Exception;

    final int execute(CommandLine line) {
        if (line.has("help")) {
            console.out().print(help.get());
            return 0;
        }
        try {
            return run(line);
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            return StartupFailures.report(e, console.err());
        }
    }

    /** Refuses positional arguments, for the commands that take none. */
    final void noArguments(CommandLine line) {
        if (!line.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.positional().get(0) + "' for " + name);
        }
    }

    /**
     * The options that are settings ({@code --key=value} of config/application.yml), as Spring arguments; any other
     * option the command does not know is a usage error.
     *
     * @param own the command's own options, passed over here
     */
    final List<String> settings(CommandLine line, Set<String> own) {
        List<String> springArgs = new ArrayList<>();
        for (Map.Entry<String, String> option : line.options().entrySet()) {
            String key = option.getKey();
            if (own.contains(key) || key.equals("help")) {
                continue;
            }
            if (!SettingKeys.isSetting(key)) {
                throw new UsageException("unknown option --" + key + " (see " + name + " --help)");
            }
            if (option.getValue() == null) {
                throw new UsageException("setting --" + key + " needs a value: --" + key + "=VALUE");
            }
            springArgs.add("--" + key + "=" + option.getValue());
        }
        return springArgs;
    }

    /** Prints an outcome's line (stdout when it succeeded, stderr otherwise) and returns its exit status. */
    final int report(RunOutcome outcome) {
        (outcome.exitCode() == 0 ? console.out() : console.err()).println("news-etl: " + outcome.message());
        return outcome.exitCode();
    }

    /** An error line for the user, and the usage exit status. */
    final int refuse(String message) {
        console.err().println("news-etl: " + message);
        return Commands.USAGE;
    }
}
