package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.enchufe.lang.Compiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The meter counts what each shape a program builds costs on the JVM's heap. Expected sizes are
 * worked out here from HotSpot's layout rules (12-byte headers, 16 for arrays, 4-byte compressed
 * references, 8-byte alignment), not from JvmLayout, and the meter must land within 10 % of them;
 * bench/memory checks the same rules against the real heap.
 */
class MemoryMeterTest {

    private static final int N = 10_000;

    @BeforeAll
    static void compressedOops() {
        assumeTrue(JvmLayout.REF == 4, "sizes below are for compressed references");
    }

    /** Bytes the program holds after running, less what it held before. */
    private static long held(String source) {
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule(source, "shape.py"));
        long before = in.liveBytes();
        while (in.run(main, 1_000_000) != Interpreter.Outcome.FINISHED) {
            assertThat(main.status()).isNotEqualTo(ThreadState.Status.BLOCKED);
        }
        assertThat(main.uncaught()).isNull();
        return in.liveBytes() - before;
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }

    /** A list that grew by appends to {@code n} items: its object and its array, as PyList grows it. */
    private static long appendedList(int n) {
        int capacity = 0;
        for (int size = 0; size < n; size++) {
            if (size == capacity) {
                capacity = Math.max(8, size + (size >> 1) + 1);
            }
        }
        return 24 + align(16 + 4L * capacity);
    }

    private static long str(int chars, int bytesPerChar) {
        return 32 + 24 + align(16 + (long) chars * bytesPerChar);
    }

    private static long digits(int below) {
        long chars = 0;
        for (int i = 0; i < below; i++) {
            chars += Integer.toString(i).length();
        }
        return chars;
    }

    private static long dict(int size) {
        long table = 16;
        while (size > table * 3 / 4) {
            table *= 2;
        }
        return 16 + 64 + align(16 + 4 * table) + 40L * size;
    }

    private static void assertNear(long measured, long expected) {
        assertThat(measured).isBetween(expected * 9 / 10, expected * 11 / 10);
    }

    @Test
    void smallIntsAreSharedSoAListOfThemIsItsArray() {
        assertNear(held("x = [i % 100 for i in range(" + N + ")]\n"), appendedList(N));
    }

    @Test
    void whatANamespaceOrATypeHintHoldsIsCountedThroughIt() {
        long list = held("x = [i * 1000 for i in range(" + N + ")]\n");
        long namespace = held("import types\nx = types.SimpleNamespace(datos=[i * 1000 for i in range(" + N + ")])\n");
        assertThat(namespace).isGreaterThan(list);
        long hint = held("x = list[[i * 1000 for i in range(" + N + ")]]\n");
        assertThat(hint).isGreaterThan(list);
        long union = held("x = int | list[[i * 1000 for i in range(" + N + ")]]\n");
        assertThat(union).isGreaterThan(list);
    }

    @Test
    void intsPastTheCacheAreBoxedTwentyFourBytesEach() {
        assertNear(held("x = [i * 1000 for i in range(" + N + ")]\n"), appendedList(N) + 24L * (N - 1));
    }

    @Test
    void intsPastALongCarryABigIntegerAndItsWords() {
        // PyInt 24, BigInteger 40, four 32-bit words for 101 bits: 16 + 16.
        assertNear(held("x = [2**100 + i for i in range(" + N + ")]\n"), appendedList(N) + (24 + 40 + 32L) * N);
    }

    @Test
    void asciiStrsTakeAByteACharacter() {
        long strs = 0;
        for (int i = 10; i < N; i++) {
            strs += str(Integer.toString(i).length(), 1);
        }
        assertNear(held("x = [str(i) for i in range(" + N + ")]\n"), appendedList(N) + strs);
    }

    @Test
    void strsBeyondLatin1TakeTwoBytesACharacter() {
        long strs = 0;
        for (int i = 0; i < N; i++) {
            strs += str(1 + Integer.toString(i).length(), 2);
        }
        assertNear(held("x = ['λ' + str(i) for i in range(" + N + ")]\n"), appendedList(N) + strs);
    }

    @Test
    void bytesAreTheirArrayAndAHeader() {
        long bytes = 0;
        for (int i = 0; i < N; i++) {
            bytes += 24 + align(16 + Integer.toString(i).length());
        }
        assertNear(held("x = [str(i).encode() for i in range(" + N + ")]\n"), appendedList(N) + bytes);
    }

    @Test
    void aDictIsItsTableAndAnEntryPerKey() {
        long keys = 0;
        for (int i = 0; i < N; i++) {
            keys += str(Integer.toString(i).length(), 1);
        }
        long values = 24L * (N - 1);
        assertNear(held("x = {str(i): i * 1000 for i in range(" + N + ")}\n"), dict(N) + keys + values);
    }

    @Test
    void aSetIsItsKeysAndTheirHashes() {
        // CPython's table for 10 000 ints: 32 768 slots, a reference and a long hash each.
        long table = 24 + 32 + align(16 + 4 * 32_768L) + align(16 + 8 * 32_768L);
        assertNear(held("x = set(range(1025, 1025 + " + N + "))\n"), table + 24L * N);
    }

    @Test
    void nestedTuplesAreArraysOfTheirSize() {
        long each = (16 + 24) + (16 + 24) + 24 + 24;
        assertNear(held("x = [(i * 1000, (i * 1000 + 1, 2)) for i in range(1, " + N + ")]\n"),
                appendedList(N - 1) + each * (N - 1));
    }

    @Test
    void anInstanceIsItsObjectNamespaceAndDict() {
        long each = 24 + 24 + dict(2) + 24 + 24;
        assertNear(held("""
                class P:
                    def __init__(self, a, b):
                        self.a = a
                        self.b = b
                x = [P(i * 1000, i * 1000 + 1) for i in range(1, %d)]
                """.formatted(N)), appendedList(N - 1) + each * (N - 1));
    }

    @Test
    void aBytearrayIsItsBuffer() {
        assertNear(held("x = bytearray(1_000_000)\n"), 24 + align(16 + 1_000_000));
    }

    @Test
    void aHugeStrIsOneByteACharacterWhenLatin1() {
        assertNear(held("x = 'ñ' * 1_000_000\n"), str(1_000_000, 1));
        assertNear(held("x = 'λ' * 1_000_000\n"), str(1_000_000, 2));
    }

    @Test
    void listsOfRepeatedListsAreTheirArrays() {
        assertNear(held("x = [[i] * 1000 for i in range(100)]\n"), appendedList(100) + 100 * (24 + align(16 + 4000L)));
    }

    @Test
    void aSharedObjectCountsOnce() {
        assertNear(held("s = 'x' * 100_000\nx = [s] * 1000\n"), str(100_000, 1) + 24 + align(16 + 4000L));
    }

    @Test
    void chargesForOneRequestAreWhatTheMeterWillCount() {
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        in.accountText(1_000_000, 1);
        in.accountText(1_000_000, 2);
        in.accountBytes(1_000_000);
        in.accountObjects(1_000_000);
        assertNear(in.chargedBytes(), str(1_000_000, 1) + str(1_000_000, 2) + 24 + align(16 + 1_000_000) + 4_000_000L);
    }
}
