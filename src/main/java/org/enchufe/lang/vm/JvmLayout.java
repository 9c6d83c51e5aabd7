package org.enchufe.lang.vm;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * How many bytes an object takes on this JVM's heap, by HotSpot's layout rules: a 12-byte header
 * (mark word and compressed class pointer), arrays 4 more for their length, references of 4 bytes
 * with compressed oops (heaps under 32 GiB, the server's case) or 8 without, every object padded
 * to 8 bytes. The memory limit counts what a program costs the server, so it counts this, not
 * what CPython would use: the same list costs a different heap here.
 */
public final class JvmLayout {

    static final int HEADER = 12;
    static final int ARRAY_HEADER = 16;
    static final int REF = compressedOops() ? 4 : 8;

    private JvmLayout() {
    }

    private static boolean compressedOops() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot == null || Boolean.parseBoolean(hotspot.getVMOption("UseCompressedOops").getValue());
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /** An object with {@code refs} reference fields and {@code primitives} bytes of other fields. */
    static long object(int refs, int primitives) {
        return align(HEADER + (long) refs * REF + primitives);
    }

    static long refArray(long length) {
        return align(ARRAY_HEADER + length * REF);
    }

    static long byteArray(long length) {
        return align(ARRAY_HEADER + length);
    }

    static long intArray(long length) {
        return align(ARRAY_HEADER + 4 * length);
    }

    static long longArray(long length) {
        return align(ARRAY_HEADER + 8 * length);
    }

    // Our objects and the JDK's, field by field (fields of superclasses included).

    /** PyInt: value (long), big. */
    static final long INT = object(1, 8);
    /** BigInteger: signum, mag and four cached ints. */
    static final long BIG_INTEGER = object(1, 20);
    /** PyStr: value, codePoints, hash, hashed, width. */
    static final long STR = object(2, 6);
    /** java.lang.String: value, hash, coder, hashIsZero. */
    static final long STRING = object(1, 6);
    /** PyBytes: data, hash, hashed. */
    static final long BYTES = object(1, 5);
    /** PyByteArray: data, size. */
    static final long BYTEARRAY = object(1, 4);
    /** PyList: items, size. */
    static final long LIST = object(1, 4);
    /** PyTuple: items. */
    static final long TUPLE = object(1, 0);
    /** PyFloat: value. */
    static final long FLOAT = object(0, 8);
    /** PyDict and its LinkedHashMap subclass (keySet, values, table, entrySet, head, tail; size, modCount, threshold, loadFactor, accessOrder, putMode, version). */
    static final long DICT = object(1, 0) + object(6, 25);
    /** LinkedHashMap.Entry: hash, key, value, next, before, after. */
    static final long DICT_ENTRY = object(5, 4);
    /** PySet (table, frozen) and its SetTable (keys, hashes, mask, fill, used, probes). */
    static final long SET = object(1, 1) + object(2, 20);
    /** PyInstance (type, attrs) and the NamespaceMap over its dict (keySet, values, dict). */
    static final long INSTANCE = object(2, 0) + object(3, 0);
    /** Frame: twelve references, base, sp, pc, blockCount, signalFrame. */
    static final long FRAME = object(12, 17);
    /** PyGenerator: frame, returnValue, three flags, loopExit. */
    static final long GENERATOR = object(2, 7);
    static final long CELL = object(1, 0);
    static final long METHOD = object(2, 0);

    /** A str of {@code chars} characters, one byte each (Latin-1, compact strings) or two. */
    public static long str(long chars, int bytesPerChar) {
        return STR + STRING + byteArray(chars * bytesPerChar);
    }

    public static long bytes(long length) {
        return BYTES + byteArray(length);
    }

    /** An int that does not fit a long: PyInt, its BigInteger and the magnitude's 32-bit words. */
    static long bigInt(int bitLength) {
        return INT + BIG_INTEGER + intArray((bitLength + 31) / 32);
    }

    /** A dict's HashMap table: 16 slots at the first entry, doubled past three quarters full. */
    static long dictTable(int size) {
        if (size == 0) {
            return 0;
        }
        long capacity = 16;
        while (size > capacity * 3 / 4) {
            capacity *= 2;
        }
        return refArray(capacity);
    }

    static long dict(int size) {
        return DICT + dictTable(size) + DICT_ENTRY * size;
    }

    static long set(int capacity) {
        return SET + refArray(capacity) + longArray(capacity);
    }
}
