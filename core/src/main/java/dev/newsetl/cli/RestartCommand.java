package dev.newsetl.cli;

/** {@code restart [ID]}: resumes a FAILED or STOPPED execution (the latest by default) where it ended. */
final class RestartCommand extends Command {
    RestartCommand(Console console) {
        super(console, "restart", Help::restart);
    }

    @Override
    int run(CommandLine line) throws Exception {
        if (line.positional().size() > 1) {
            throw new UsageException("restart takes at most one execution id");
        }
        Long id = line.positional().isEmpty()
                ? null
                : RepositoryContext.executionId(line.positional().get(0), "restart");
        try (RepositoryContext context =
                RepositoryContext.open(line, settings(line, RepositoryContext.OPTIONS), console)) {
            if (!context.hasRepository()) {
                return refuse("no runs recorded in " + context.output() + "; nothing to restart");
            }
            return report(context.control().restart(context.output(), context.work(), id));
        }
    }
}
