package dev.newsetl.cli;

import java.io.PrintStream;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/** Checks a command line and runs its command. Usage errors are found before Spring starts (fast, one line). */
public final class Commands {
    public static final int USAGE = 2;

    private final Console console;

    /** @param spring starts the application context with the given Spring arguments */
    public Commands(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> spring) {
        this.console = new Console(out, err, spring);
    }

    public int execute(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.command() == null) {
                if (line.has("help")) {
                    console.out().print(Help.general());
                    return 0;
                }
                throw new UsageException("no command given (try --help)");
            }
            Command command = switch (line.command()) {
                case "run" -> new RunCommand(console);
                case "schedule" -> new ScheduleCommand(console);
                case "history" -> new HistoryCommand(console);
                case "status" -> new StatusCommand(console);
                case "restart" -> new RestartCommand(console);
                case "abandon" -> new AbandonCommand(console);
                case "help" -> null;
                default -> throw new UsageException("unknown command '" + line.command() + "' (try --help)");
            };
            if (command == null) {
                console.out().print(Help.general());
                return 0;
            }
            return command.execute(line);
        } catch (UsageException e) {
            console.err().println("news-etl: " + e.getMessage());
            return USAGE;
        }
    }
}
