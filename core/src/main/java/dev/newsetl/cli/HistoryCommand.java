package dev.newsetl.cli;

import dev.newsetl.ops.ExecutionSummary;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** {@code history}: the job's executions, newest first, one line each. */
final class HistoryCommand extends Command {
    static final int DEFAULT_LIMIT = 20;
    private static final Set<String> OPTIONS = Set.of("output", "work-dir", "limit", "all");

    HistoryCommand(Console console) {
        super(console, "history", Help::history);
    }

    @Override
    int run(CommandLine line) throws Exception {
        noArguments(line);
        int limit = limit(line);
        try (RepositoryContext context = RepositoryContext.open(line, settings(line, OPTIONS), console)) {
            if (!context.hasRepository()) {
                console.out().println("No runs recorded in " + context.output() + " (it has no job repository yet).");
                return 0;
            }
            List<ExecutionSummary> executions = context.history().executions(limit);
            if (executions.isEmpty()) {
                console.out().println("No runs recorded in " + context.output() + ".");
                return 0;
            }
            console.out().print(render(executions, LocalDateTime.now()));
            return 0;
        }
    }

    static String render(List<ExecutionSummary> executions, LocalDateTime now) {
        TextTable table = new TextTable(
                ">ID", "RUN DATE", "STATUS", "START", "END", ">DURATION", ">FILES READ", ">ARTICLES", ">REJECTED");
        boolean stale = false;
        boolean partial = false;
        for (ExecutionSummary e : executions) {
            stale |= e.ownerGone();
            partial |= !e.publishedCounts() && e.filesRead() != null;
            table.row(
                    e.id(),
                    e.runDate(),
                    e.status() + (e.ownerGone() ? "*" : ""),
                    Formats.time(e.start()),
                    Formats.time(e.end()),
                    Formats.duration(e.start(), e.end(), now),
                    Formats.count(e.filesRead()),
                    Formats.count(e.articles()),
                    Formats.count(e.rejects()));
        }
        StringBuilder text = new StringBuilder(table.render());
        if (partial) {
            text.append("\nCounts of COMPLETED executions are the published run's; other rows count the files that"
                    + " execution read before it ended.\n");
        }
        if (stale) {
            text.append("* still marked running, but its process is gone (killed?): the next run or restart"
                    + " recovers it.\n");
        }
        return text.toString();
    }

    private static int limit(CommandLine line) {
        if (line.has("all")) {
            if (line.has("limit")) {
                throw new UsageException("give --limit=N or --all, not both");
            }
            return Integer.MAX_VALUE;
        }
        if (!line.has("limit")) {
            return DEFAULT_LIMIT;
        }
        String value = line.value("limit");
        try {
            int limit = Integer.parseInt(value == null ? "" : value);
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--limit needs a positive number, got '" + value + "'");
    }
}
