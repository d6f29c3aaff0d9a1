package dev.newsetl.cli;

/** {@code abandon ID}: gives up on a FAILED or STOPPED execution, so {@code run} no longer resumes its date. */
final class AbandonCommand extends Command {
    AbandonCommand(Console console) {
        super(console, "abandon", Help::abandon);
    }

    @Override
    int run(CommandLine line) throws Exception {
        if (line.positional().size() != 1) {
            throw new UsageException("abandon needs exactly one execution id (see history)");
        }
        long id = RepositoryContext.executionId(line.positional().get(0), "abandon");
        try (RepositoryContext context =
                RepositoryContext.open(line, settings(line, RepositoryContext.OPTIONS), console)) {
            if (!context.hasRepository()) {
                return refuse("no runs recorded in " + context.output());
            }
            return report(context.control().abandon(context.output(), context.work(), id));
        }
    }
}
