package dev.newsetl.ops;

import dev.newsetl.job.ExecutionCounts;
import dev.newsetl.job.NewsEtlJobConfiguration;
import dev.newsetl.job.PartitionKeys;
import dev.newsetl.job.RunParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.IncorrectResultSizeDataAccessException;

/**
 * Reads past and running executions for {@code history} and {@code status}. Execution ids come from one SQL query
 * (the job repository API has no "newest executions" call, and executions of an old run date can be newer than a
 * later date's); each execution is then loaded through the job repository, which decodes the execution contexts.
 */
public final class RunHistory {
    private static final String EXTRACT_PARTITION = "extract-partition:";

    private final JobRepository repository;
    private final DataSource dataSource;

    public RunHistory(JobRepository repository, DataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    /** Ids of the job's executions, newest first; empty when the job repository has no tables yet. */
    public List<Long> executionIds(int limit) {
        String sql = "SELECT E.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I"
                + " ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID WHERE I.JOB_NAME = ?"
                + " ORDER BY E.JOB_EXECUTION_ID DESC FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!hasTable(connection, "BATCH_JOB_EXECUTION")) {
                return List.of();
            }
            statement.setString(1, NewsEtlJobConfiguration.JOB_NAME);
            statement.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository: " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        for (String candidate : new String[] {name, name.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, candidate, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<ExecutionSummary> executions(int limit) {
        return executionIds(limit).stream()
                .map(this::execution)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<ExecutionSummary> execution(long id) {
        return Optional.ofNullable(find(id)).map(RunHistory::summarize);
    }

    /** The execution with this id, or null (the JDBC repository throws for an unknown id instead of saying so). */
    JobExecution find(long id) {
        try {
            return repository.getJobExecution(id);
        } catch (IncorrectResultSizeDataAccessException e) {
            return null;
        }
    }

    /** The execution's steps in the order they ran, each partition right after its parent step. */
    public List<StepSummary> steps(long executionId) {
        JobExecution execution = find(executionId);
        if (execution == null) {
            return List.of();
        }
        List<StepSummary> steps = execution.getStepExecutions().stream()
                .map(RunHistory::summarize)
                .toList();
        List<StepSummary> parents = steps.stream()
                .filter(s -> !s.partition())
                .sorted(Comparator.comparing(StepSummary::id))
                .toList();
        List<StepSummary> ordered = new ArrayList<>();
        for (StepSummary parent : parents) {
            ordered.add(parent);
            steps.stream()
                    .filter(s -> s.partition() && s.parent().equals(parent.name()))
                    .sorted(Comparator.comparing(StepSummary::name))
                    .forEach(ordered::add);
        }
        steps.stream()
                .filter(s -> !ordered.contains(s))
                .sorted(Comparator.comparing(StepSummary::id))
                .forEach(ordered::add);
        return ordered;
    }

    static ExecutionSummary summarize(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String status = execution.getStatus().name();
        Long filesRead;
        Long articles;
        Long rejects;
        boolean published = status.equals("COMPLETED") && context.containsKey(count("files_read"));
        if (published) {
            filesRead = context.getLong(count("files_read"));
            articles = context.getLong(count("articles"));
            rejects = context.getLong(count("rejects"));
        } else {
            List<StepExecution> partitions = execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().startsWith(EXTRACT_PARTITION))
                    .toList();
            filesRead = partitions.isEmpty()
                    ? null
                    : partitions.stream().mapToLong(StepExecution::getReadCount).sum();
            articles = partitions.isEmpty() ? null : sum(partitions, PartitionKeys.ARTICLES);
            rejects = partitions.isEmpty() ? null : sum(partitions, PartitionKeys.REJECTS);
        }
        Object ownerText = context.get(RunLauncher.OWNER_KEY);
        Optional<OwnerProcess> owner = OwnerProcess.parse(ownerText);
        boolean gone = execution.isRunning()
                && owner.map(o -> o.liveness(
                                        execution.getCreateTime() == null
                                                ? null
                                                : execution
                                                        .getCreateTime()
                                                        .atZone(ZoneId.systemDefault())
                                                        .toInstant())
                                == OwnerProcess.Liveness.GONE)
                        .orElse(false);
        String runDate = execution.getJobParameters().getString(RunParameters.RUN_DATE);
        return new ExecutionSummary(
                execution.getId(),
                execution.getJobInstance().getInstanceId(),
                runDate == null ? null : LocalDate.parse(runDate),
                status,
                execution.getExitStatus().getExitCode(),
                failure(execution),
                execution.getStartTime(),
                execution.getEndTime(),
                owner.map(OwnerProcess::toString).orElse(null),
                gone,
                execution.getJobParameters().getString(RunParameters.INPUT),
                execution.getJobParameters().getString(RunParameters.OUTPUT),
                filesRead,
                articles,
                rejects,
                published);
    }

    static StepSummary summarize(StepExecution step) {
        boolean extract = step.getStepName().startsWith(EXTRACT_PARTITION);
        ExecutionContext context = step.getExecutionContext();
        return new StepSummary(
                step.getId(),
                step.getStepName(),
                step.getStatus().name(),
                step.getReadCount(),
                step.getWriteCount(),
                extract && context.containsKey(PartitionKeys.ARTICLES) ? context.getLong(PartitionKeys.ARTICLES) : null,
                extract && context.containsKey(PartitionKeys.REJECTS) ? context.getLong(PartitionKeys.REJECTS) : null,
                step.getStartTime(),
                step.getEndTime(),
                cause(step.getExitStatus().getExitDescription()));
    }

    /**
     * Why an execution did not complete, in one line. The job's own description only says that a partition
     * failed, so the failed step (a partition before its parent) that has a cause is preferred.
     */
    private static String failure(JobExecution execution) {
        if (execution.getStatus().name().equals("STOPPED")) {
            return "stopped on request (SIGTERM, Ctrl-C or JobOperator.stop)";
        }
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isUnsuccessful())
                .sorted(Comparator.comparing(
                                (StepExecution s) -> s.getStepName().indexOf(':') < 0)
                        .thenComparing(StepExecution::getStepName))
                .map(s -> cause(s.getExitStatus().getExitDescription()))
                .filter(m -> !m.isEmpty())
                .findFirst()
                .orElse(cause(execution.getExitStatus().getExitDescription()));
    }

    /** The root cause of a stack trace kept as an exit description: its last "Caused by:" line, or its first. */
    static String cause(String description) {
        if (description == null || description.isBlank()) {
            return "";
        }
        String cause = null;
        for (String line : description.strip().split("\\R")) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).strip();
            }
        }
        return cause != null ? cause : firstLine(description);
    }

    private static long sum(List<StepExecution> partitions, String key) {
        return partitions.stream()
                .map(StepExecution::getExecutionContext)
                .mapToLong(c -> c.containsKey(key) ? c.getLong(key) : 0)
                .sum();
    }

    private static String count(String name) {
        return ExecutionCounts.key(name);
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
    }
}
