package org.enchufe.kernel.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.enchufe.lang.runtime.PyBuiltin;
import org.junit.jupiter.api.Test;

class SocketMethodsTest {

    @Test
    void everyRowOfTheTableIsAMethodOfTheSocketClassOnce() {
        SocketModule.descriptorOf(null); // the module builds the class's methods when it is loaded
        Set<String> names = new HashSet<>();
        for (MethodDef def : tables()) {
            assertThat(names.add(def.name())).as(def.name()).isTrue();
            assertThat(PySocket.TYPE.dict().get(def.name())).as(def.name()).isInstanceOf(PyBuiltin.class);
        }
        assertThat(names).contains("accept", "recvfrom_into", "__enter__", "getblocking", "sendmsg", "recvmsg_into");
    }

    private static java.util.List<MethodDef> tables() {
        return java.util.stream.Stream.of(SocketMethods.METHODS, SocketDataMethods.METHODS, SocketMessageMethods.METHODS)
                .flatMap(java.util.List::stream).toList();
    }

    @Test
    void theJavaMethodsHaveNamesAStackTraceCanShow() {
        // A method reference's class is synthetic either way; what matters is that no row points at a
        // lambda body, which javac names lambda$static$N.
        for (Class<?> table : new Class<?>[] {SocketMethods.class, SocketDataMethods.class, SocketMessageMethods.class}) {
            for (var m : table.getDeclaredMethods()) {
                assertThat(m.getName()).doesNotStartWith("lambda$static$");
            }
        }
    }
}
