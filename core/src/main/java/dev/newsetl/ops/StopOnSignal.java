package dev.newsetl.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a job runs, SIGTERM and SIGINT (Ctrl-C) ask it to stop at the next chunk boundary instead of ending the
 * JVM. A JVM shutdown hook (Spring Batch's {@code JobExecutionShutdownHook}) cannot do this here: it returns as
 * soon as the execution is marked STOPPING, and H2 closes the job repository in its own exit hook (always on with
 * AUTO_SERVER), so the job could never record STOPPED and the process would exit 143. Handling the signal itself
 * keeps the JVM up until the job has stopped; the command then exits 3 as usual. A second signal ends the JVM at
 * once, as SIGKILL would (the next run recovers the execution). {@code sun.misc.Signal} lives in the exported
 * {@code jdk.unsupported} module, kept for exactly this use; javac warns about it, which is expected.
 */
final class StopOnSignal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StopOnSignal.class);
    private static final String[] SIGNALS = {"TERM", "INT"};

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private final AtomicBoolean requested = new AtomicBoolean();

    private StopOnSignal() {}

    /** Installs the handlers; {@code stop} runs on its own thread at the first signal. */
    static StopOnSignal install(Runnable stop) {
        StopOnSignal handle = new StopOnSignal();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                SignalHandler old = Signal.handle(signal, received -> handle.onSignal(received, stop));
                handle.signals.add(signal);
                handle.previous.add(old);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // The JVM reserves the signal (-Xrs, or a platform without it): the default behaviour stays.
                log.debug("Cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
        return handle;
    }

    boolean requested() {
        return requested.get();
    }

    private void onSignal(Signal received, Runnable stop) {
        if (requested.compareAndSet(false, true)) {
            log.warn(
                    "Received SIG{}: stopping the run at the next chunk boundary (send it again to exit at once;"
                            + " the next run resumes either way)",
                    received.getName());
            Thread stopper = new Thread(stop, "stop-on-signal");
            stopper.setDaemon(true);
            stopper.start();
            return;
        }
        // Like SIGKILL: no shutdown hooks racing the job for the database, so what is left is a plain stale
        // execution that the next run recovers.
        log.warn("Received SIG{} again: exiting now; the next run recovers this execution", received.getName());
        Runtime.getRuntime().halt(128 + received.getNumber());
    }

    /** Gives the signals back to the JVM: after the job, a signal ends the process the usual way. */
    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            try {
                Signal.handle(signals.get(i), previous.get(i));
            } catch (IllegalArgumentException e) {
                log.debug("Cannot restore SIG{}: {}", signals.get(i).getName(), e.getMessage());
            }
        }
    }
}
