package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.testing.Corpus;
import dev.newsetl.testing.JarProcess;
import dev.newsetl.testing.ListeningSockets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the real jar runs: it listens on loopback only (the H2 auto-server that lets a second process read the job
 * repository), a second process's {@code history} still reads the running execution through it, and the job state
 * H2 keeps on disk during the run (the lock file with the server's key) is its owner's alone.
 */
class NetworkAndStateExposureIT {
    private static final int FILES = 15_000;

    @Test
    void aRunListensOnLoopbackOnlyAndHistoryStillReadsItFromAnotherProcess(@TempDir Path temp) throws Exception {
        assumeTrue(ListeningSockets.supported(), "needs Linux /proc");
        Path input = Corpus.generate(temp.resolve("input"), FILES, 17);
        Path output = temp.resolve("output");
        JarProcess run = JarProcess.start(
                temp.resolve("run.log"),
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=2026-03-04",
                "--newsetl.job.partition-size=200",
                "--newsetl.job.threads=1",
                "--newsetl.job.chunk-size=50");
        try {
            run.await("the input listing", Duration.ofSeconds(90), () -> contains(run, "Listed " + FILES));

            List<ListeningSockets.Listener> listeners = ListeningSockets.of(run.pid());
            assertThat(listeners)
                    .as("the H2 auto-server listens while the run holds the database")
                    .isNotEmpty();
            assertThat(listeners)
                    .as("listening sockets of the job's JVM")
                    .allSatisfy(l -> assertThat(l.address().isLoopbackAddress())
                            .as(l.toString())
                            .isTrue());

            Path meta = output.resolve("_meta");
            assertThat(JobStatePermissionsTest.permissions(meta)).isEqualTo("rwx------");
            for (String file : new String[] {"newsetl.lock.db", "newsetl.mv.db", "run.lock"}) {
                assertThat(JobStatePermissionsTest.permissions(meta.resolve(file)))
                        .as(file)
                        .isEqualTo("rw-------");
            }
            assertThat(Files.readString(meta.resolve("newsetl.lock.db")))
                    .as("the address a client is sent to")
                    .containsPattern("server=(localhost|127\\.0\\.0\\.1)\\\\?:\\d+");

            Path historyLog = temp.resolve("history.log");
            int history = JarProcess.run(historyLog, Duration.ofSeconds(60), "history", "--output=" + output);
            assertThat(history).as(Files.readString(historyLog)).isZero();
            assertThat(Files.readString(historyLog)).containsPattern("1\\s+2026-03-04\\s+STARTED");
            assertThat(run.isAlive())
                    .as("the run must still be going for these checks: corpus too small?")
                    .isTrue();
        } finally {
            run.terminate();
            run.waitFor(Duration.ofSeconds(90));
        }
    }

    /** The reading above would see a socket bound to every interface: this JVM opens one and finds it. */
    @Test
    void theSocketReaderSeesAListenerOnEveryInterface() throws Exception {
        assumeTrue(ListeningSockets.supported(), "needs Linux /proc");
        long self = ProcessHandle.current().pid();
        try (ServerSocket wildcard = new ServerSocket();
                ServerSocket loopback = new ServerSocket()) {
            wildcard.bind(new InetSocketAddress(0));
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            List<ListeningSockets.Listener> listeners = ListeningSockets.of(self);
            assertThat(listeners).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(wildcard.getLocalPort());
                assertThat(l.address().isAnyLocalAddress()).isTrue();
            });
            assertThat(listeners).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(loopback.getLocalPort());
                assertThat(l.address().isLoopbackAddress()).isTrue();
            });
        }
    }

    private static boolean contains(JarProcess process, String text) {
        try {
            return process.log().contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
