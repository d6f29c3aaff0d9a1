package dev.newsetl.ops;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Records which process runs an execution, so a later run can tell whose stale execution it recovers. */
public final class OwnerListener implements JobExecutionListener {
    @Override
    public void beforeJob(JobExecution jobExecution) {
        jobExecution.getExecutionContext().putString(RunLauncher.OWNER_KEY, OutputLock.owner());
    }
}
