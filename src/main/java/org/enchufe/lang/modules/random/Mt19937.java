package org.enchufe.lang.modules.random;

import java.math.BigInteger;

/**
 * The Mersenne Twister as CPython's {@code _randommodule.c} runs it: seeded by
 * {@code init_by_array} with the 32-bit words of a non-negative integer (least significant
 * first), {@code random()} made from two outputs with 53 bits, {@code getrandbits(k)} from
 * {@code ceil(k / 32)} outputs, least significant word first.
 */
final class Mt19937 {

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    Mt19937 copy() {
        Mt19937 c = new Mt19937();
        System.arraycopy(mt, 0, c.mt, 0, N);
        c.index = index;
        return c;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from {@code seed}, which must not be negative: CPython's {@code init_by_array}. */
    void seed(BigInteger seed) {
        int words = Math.max(1, (seed.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = seed.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32-bit output, as an unsigned value in an int. */
    int next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A float in [0, 1) with 53 random bits. */
    double random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code k} random bits, {@code 0 < k <= 32}, as CPython takes them from one output. */
    long bits32(int k) {
        return (next32() & 0xffffffffL) >>> (32 - k);
    }

    /** Words made between two calls of the progress callback of {@link #bitsLittleEndian}. */
    static final int WORDS_PER_CHUNK = 1 << 14;

    /**
     * {@code k > 0} random bits in a little-endian byte array of {@code ceil(k / 32) * 4} bytes;
     * {@code progress} runs every {@link #WORDS_PER_CHUNK} words, so a caller can charge for them
     * (and be stopped) while a big number is made.
     */
    byte[] bitsLittleEndian(long k, Runnable progress) {
        int words = (int) ((k - 1) / 32 + 1);
        byte[] out = new byte[words * 4];
        long left = k;
        for (int w = 0; w < words; w++, left -= 32) {
            if (w % WORDS_PER_CHUNK == WORDS_PER_CHUNK - 1) {
                progress.run();
            }
            int r = next32();
            if (left < 32) {
                r >>>= 32 - left;
            }
            out[4 * w] = (byte) r;
            out[4 * w + 1] = (byte) (r >>> 8);
            out[4 * w + 2] = (byte) (r >>> 16);
            out[4 * w + 3] = (byte) (r >>> 24);
        }
        return out;
    }

    /** The state as getstate() gives it: the 624 words, then the position. */
    long[] state() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xffffffffL;
        }
        s[N] = index;
        return s;
    }

    void setState(int[] words, int position) {
        System.arraycopy(words, 0, mt, 0, N);
        index = position;
    }
}
