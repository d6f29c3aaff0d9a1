/**
 * Operating the job: starting a run under the one-run-per-output lock, recovering executions whose process died,
 * stopping on SIGTERM or Ctrl-C, restarting and abandoning executions, and reading the execution history for
 * {@code history} and {@code status}. Sits above the job definition ({@code job}), which knows nothing of it.
 */
package dev.newsetl.ops;
