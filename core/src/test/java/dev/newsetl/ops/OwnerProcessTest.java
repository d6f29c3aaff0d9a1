package dev.newsetl.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class OwnerProcessTest {

    @Test
    void parsesPidAtHostAndRejectsAnythingElse() {
        assertThat(OwnerProcess.parse("1234@build-01")).contains(new OwnerProcess(1234, "build-01"));
        assertThat(OwnerProcess.parse("1234@")).isEmpty();
        assertThat(OwnerProcess.parse("@host")).isEmpty();
        assertThat(OwnerProcess.parse("abc@host")).isEmpty();
        assertThat(OwnerProcess.parse(null)).isEmpty();
        assertThat(OwnerProcess.parse(42L)).isEmpty();
        assertThat(OwnerProcess.current().pid())
                .isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void livenessOfProcessesOnThisHost() throws Exception {
        OwnerProcess me = OwnerProcess.current();
        assertThat(me.liveness(Instant.now())).isEqualTo(OwnerProcess.Liveness.ALIVE);
        assertThat(me.liveness(null)).isEqualTo(OwnerProcess.Liveness.ALIVE);

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertThat(new OwnerProcess(ended.pid(), me.host()).liveness(Instant.now()))
                .isEqualTo(OwnerProcess.Liveness.GONE);
    }

    @Test
    void aProcessStartedAfterTheExecutionIsAReusedPidNotTheOwner() {
        Instant longBeforeThisJvm =
                ProcessHandle.current().info().startInstant().orElseThrow().minus(1, ChronoUnit.HOURS);
        assertThat(OwnerProcess.current().liveness(longBeforeThisJvm)).isEqualTo(OwnerProcess.Liveness.GONE);
    }

    @Test
    void aProcessOnAnotherHostCannotBeChecked() {
        assertThat(new OwnerProcess(1, "another-host.example").liveness(Instant.now()))
                .isEqualTo(OwnerProcess.Liveness.UNKNOWN);
    }
}
