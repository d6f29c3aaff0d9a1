package dev.newsetl.cli;

import dev.newsetl.ops.RunOutcome;
import java.io.PrintStream;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code abandon ID}: gives up on a FAILED or STOPPED execution, so {@code run} no longer resumes its date. */
final class AbandonCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> spring;

    AbandonCommand(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> spring) {
        this.out = out;
        this.err = err;
        this.spring = spring;
    }

    int execute(CommandLine line) {
        if (line.has("help")) {
            out.print(Help.abandon());
            return 0;
        }
        if (line.positional().size() != 1) {
            throw new UsageException("abandon needs exactly one execution id (see history)");
        }
        long id = RepositoryContext.executionId(line.positional().get(0), "abandon");
        try (RepositoryContext context = RepositoryContext.open(line, "abandon", Set.of(), spring)) {
            if (!context.hasRepository()) {
                err.println("news-etl: no runs recorded in " + context.output());
                return Commands.USAGE;
            }
            RunOutcome outcome = context.control().abandon(context.output(), context.work(), id);
            (outcome.exitCode() == 0 ? out : err).println("news-etl: " + outcome.message());
            return outcome.exitCode();
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            return StartupFailures.report(e, err);
        }
    }
}
