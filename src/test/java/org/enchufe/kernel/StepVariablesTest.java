package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Step mode's variables: what the stopped frame holds, bounded, sockets as the kernel knows them. */
class StepVariablesTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, e -> { }, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private StepVariables.VariablesView variables(Process p) {
        return sandbox.snapshot().processes().stream().filter(v -> v.pid() == p.pid()).findFirst().orElseThrow().variables();
    }

    private static StepVariables.VariableView named(List<StepVariables.VariableView> variables, String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aStoppedModuleShowsItsNamesWithBoundedValuesAndASocketByItsDescriptorAndAddresses() {
        Process server = sandbox.start("servidor.py", """
                import socket
                datos = b'hola' * 100
                lista = list(range(1000))
                anidada = [[1, [2, [3]]], {'a': (1,)}]
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                print('fin')
                """, new String[0]);
        sandbox.stop(server.pid());
        while (sandbox.step(server.pid()) != 8) {
            // Up to the print, not run yet.
        }
        StepVariables.VariablesView view = variables(server);
        assertThat(view.moduleLevel()).isTrue();
        assertThat(view.globals()).isEmpty();
        assertThat(view.locals()).extracting(StepVariables.VariableView::name)
                .containsExactly("socket", "datos", "lista", "anidada", "s");
        assertThat(named(view.locals(), "datos").repr()).hasSize(StepVariables.REPR).startsWith("b'holahola").endsWith("…");
        assertThat(named(view.locals(), "datos").type()).isEqualTo("bytes");
        assertThat(named(view.locals(), "lista").repr()).isEqualTo("[0, 1, 2, 3, 4, 5, 6, 7, …]");
        assertThat(named(view.locals(), "anidada").repr()).isEqualTo("[[1, […]], {'a': (…,)}]");
        StepVariables.SocketView socket = named(view.locals(), "s").socket();
        assertThat(socket).isEqualTo(new StepVariables.SocketView(3, "127.0.0.1:5000", null, "LISTEN"));
        assertThat(named(view.locals(), "socket").socket()).isNull();

        sandbox.resume(server.pid());
        sandbox.runToCompletion(server);
        assertThat(sandbox.snapshot().processes().getFirst().variables()).as("only a stopped process shows them").isNull();
    }

    @Test
    void insideAFunctionItsLocalsComeFirstAndTheModulesNamesApart() {
        Process p = sandbox.start("f.py", """
                total = 0
                def suma(a, b):
                    c = a + b
                    return c
                print(suma(2, 3))
                """, new String[0]);
        sandbox.stop(p.pid());
        while (sandbox.step(p.pid()) != 4) {
            // Into suma(), to its return.
        }
        StepVariables.VariablesView view = variables(p);
        assertThat(view.moduleLevel()).isFalse();
        assertThat(view.locals()).extracting(StepVariables.VariableView::name, StepVariables.VariableView::repr)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "2"), org.assertj.core.groups.Tuple.tuple("b", "3"),
                        org.assertj.core.groups.Tuple.tuple("c", "5"));
        assertThat(view.globals()).extracting(StepVariables.VariableView::name).containsExactly("total", "suma");
        assertThat(named(view.globals(), "suma").repr()).isEqualTo("<function suma>");
    }
}
