package org.enchufe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputConsoleTest {

    private final InputConsole console = new InputConsole();

    @Test
    void linesWaitPerProcessInOrderWithTheirNewline() {
        console.type(1000, "hola");
        console.type(1001, "otro\n");
        console.type(1000, "adiós");

        assertThat(console.hasLine(1000)).isTrue();
        assertThat(console.readLine(1000)).isEqualTo("hola\n");
        assertThat(console.readLine(1000)).isEqualTo("adiós\n");
        assertThat(console.readLine(1000)).isNull();
        assertThat(console.readLine(1001)).isEqualTo("otro\n");
    }

    @Test
    void endOfInputComesAfterTheLinesAlreadyTyped() {
        console.type(1000, "última");
        console.endOfInput(1000);

        assertThat(console.readLine(1000)).isEqualTo("última\n");
        assertThat(console.hasLine(1000)).as("Ctrl-D is readable: end of input").isTrue();
        assertThat(console.readLine(1000)).isNull();
    }

    @Test
    void aProgramThatNeverReadsKeepsOnlyTheNewestLines() {
        for (int i = 0; i < InputConsole.MAX_PENDING_LINES + 500; i++) {
            console.type(1000, "línea " + i);
        }

        assertThat(console.readLine(1000)).isEqualTo("línea 500\n");
    }
}
