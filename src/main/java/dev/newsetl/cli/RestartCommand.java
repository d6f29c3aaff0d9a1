package dev.newsetl.cli;

import dev.newsetl.ops.RunOutcome;
import java.io.PrintStream;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code restart [ID]}: resumes a FAILED or STOPPED execution (the latest by default) where it ended. */
final class RestartCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> spring;

    RestartCommand(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> spring) {
        this.out = out;
        this.err = err;
        this.spring = spring;
    }

    int execute(CommandLine line) {
        if (line.has("help")) {
            out.print(Help.restart());
            return 0;
        }
        if (line.positional().size() > 1) {
            throw new UsageException("restart takes at most one execution id");
        }
        Long id = line.positional().isEmpty() ? null
                : RepositoryContext.executionId(line.positional().get(0), "restart");
        try (RepositoryContext context = RepositoryContext.open(line, "restart", Set.of(), spring)) {
            if (!context.hasRepository()) {
                err.println("news-etl: no runs recorded in " + context.output() + "; nothing to restart");
                return Commands.USAGE;
            }
            RunOutcome outcome = context.control().restart(context.output(), context.work(), id);
            (outcome.exitCode() == 0 ? out : err).println("news-etl: " + outcome.message());
            return outcome.exitCode();
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            return StartupFailures.report(e, err);
        }
    }
}
