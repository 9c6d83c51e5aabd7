package org.enchufe.lang.runtime;

/** A buffer a call may write into (recv_into's): a bytearray, or a writable memoryview over one. */
public interface PyWritableBuffer {

    /** How many bytes the buffer holds. */
    int size();

    /** Writes {@code length} bytes of {@code source} into the buffer from {@code offset}. */
    void writeAt(int offset, byte[] source, int length);
}
