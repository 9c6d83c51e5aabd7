package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalTest {

    @Test
    void numbersAndNamesAreLinuxsAsCPythonShowsThem() {
        assertThat(Signal.SIGINT.repr()).isEqualTo("<Signals.SIGINT: 2>");
        assertThat(Signal.of(9)).contains(Signal.SIGKILL);
        assertThat(Signal.of(17)).contains(Signal.SIGCHLD);
        assertThat(Signal.of(64)).contains(Signal.SIGRTMAX);
        // glibc keeps 32 and 33 for itself; the real-time signals in between have no name of their own.
        assertThat(Signal.of(32)).isEmpty();
        assertThat(Signal.of(40)).isEmpty();
    }

    @Test
    void aProcessKilledByASignalHasItsNumberAsWaitStatus() {
        assertThat(Signal.SIGKILL.waitStatus()).isEqualTo(9);
        assertThat(Signal.SIGRTMAX.waitStatus()).isEqualTo(64);
    }
}
