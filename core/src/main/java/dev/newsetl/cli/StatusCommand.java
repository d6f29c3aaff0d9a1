package dev.newsetl.cli;

import dev.newsetl.ops.ExecutionSummary;
import dev.newsetl.ops.RunHistory;
import dev.newsetl.ops.StepSummary;
import dev.newsetl.write.RunLayout;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@code status [ID]}: one execution (the latest by default) with its steps and partitions. */
final class StatusCommand extends Command {
    StatusCommand(Console console) {
        super(console, "status", Help::status);
    }

    @Override
    int run(CommandLine line) throws Exception {
        if (line.positional().size() > 1) {
            throw new UsageException("status takes at most one execution id");
        }
        Long id = line.positional().isEmpty()
                ? null
                : RepositoryContext.executionId(line.positional().get(0), "status");
        try (RepositoryContext context =
                RepositoryContext.open(line, settings(line, RepositoryContext.OPTIONS), console)) {
            if (!context.hasRepository()) {
                return refuse("no runs recorded in " + context.output());
            }
            RunHistory history = context.history();
            Optional<ExecutionSummary> execution = id != null
                    ? history.execution(id)
                    : history.executionIds(1).stream().findFirst().flatMap(history::execution);
            if (execution.isEmpty()) {
                return refuse((id == null ? "no runs recorded" : "no execution " + id) + " in " + context.output());
            }
            console.out()
                    .print(render(
                            execution.get(),
                            history.steps(execution.get().id()),
                            context.output(),
                            LocalDateTime.now()));
            return 0;
        }
    }

    static String render(ExecutionSummary e, List<StepSummary> steps, String output, LocalDateTime now) {
        StringBuilder text = new StringBuilder();
        text.append("Execution ")
                .append(e.id())
                .append(" of ")
                .append(RunLayout.runDirName(e.runDate()))
                .append(": ")
                .append(e.status())
                .append(e.ownerGone() ? " (stale: its process is gone)" : "")
                .append('\n');
        TextTable facts = new TextTable("", "");
        facts.row("  instance", e.instanceId());
        facts.row("  process", e.owner());
        facts.row("  started", Formats.time(e.start()));
        facts.row("  ended", Formats.time(e.end()));
        facts.row("  duration", Formats.duration(e.start(), e.end(), now) + (e.running() ? " so far" : ""));
        facts.row("  input", e.input());
        facts.row("  output", e.output());
        String scope = e.publishedCounts() ? " (published run)" : " (this execution)";
        facts.row("  files read", Formats.count(e.filesRead()) + (e.filesRead() == null ? "" : scope));
        facts.row("  articles", Formats.count(e.articles()));
        facts.row("  rejected", Formats.count(e.rejects()));
        if (!e.exitMessage().isEmpty()) {
            facts.row("  message", e.exitMessage());
        }
        facts.row("  next", next(e, output));
        // The fact table's header row is blank: drop it.
        String rendered = facts.render();
        text.append(rendered.substring(rendered.indexOf('\n') + 1)).append('\n');
        if (steps.isEmpty()) {
            text.append("No steps ran yet.\n");
            return text.toString();
        }
        TextTable table =
                new TextTable("STEP", "STATUS", ">READ", ">WRITTEN", ">ARTICLES", ">REJECTED", "START", ">DURATION");
        for (StepSummary s : steps) {
            table.row(
                    (s.partition() ? "  " : "") + s.name(),
                    s.status(),
                    Formats.count(s.read()),
                    Formats.count(s.written()),
                    Formats.count(s.articles()),
                    Formats.count(s.rejects()),
                    Formats.time(s.start()),
                    Formats.duration(s.start(), s.end(), now));
        }
        text.append(table.render());
        for (StepSummary s : steps) {
            if (!s.exitMessage().isEmpty() && !s.status().equals("COMPLETED")) {
                text.append('\n')
                        .append(s.name())
                        .append(": ")
                        .append(s.exitMessage())
                        .append('\n');
                break;
            }
        }
        return text.toString();
    }

    /** What an operator can do about this execution. */
    private static String next(ExecutionSummary e, String output) {
        String where = " --output=" + output;
        if (e.ownerGone()) {
            return "its process is gone: 'run' (same options) or 'restart" + where + "' recovers and resumes it";
        }
        return switch (e.status()) {
            case "COMPLETED" -> "nothing to do";
            case "FAILED" -> "fix the cause, then 'run' with the same options or 'restart " + e.id() + where + "'";
            case "STOPPED" -> "resume it: 'run' with the same options or 'restart " + e.id() + where + "'";
            case "ABANDONED" -> "'run --force' (same options) redoes this run date";
            case "STARTING", "STARTED", "STOPPING" ->
                "running"
                        + (e.owner() == null
                                ? ""
                                : " in process " + e.owner() + "; stop it with: kill -TERM "
                                        + e.owner().split("@")[0]);
            default -> "-";
        };
    }
}
