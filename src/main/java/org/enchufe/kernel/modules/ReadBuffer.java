package org.enchufe.kernel.modules;

import java.util.Arrays;

import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyWritableBuffer;

/**
 * A BufferedReader's buffer over the raw {@link SocketIO}: what recv() brought and no read took
 * yet. It fills as CPython's does — one recv() of the buffer's size each time more is needed —
 * and each read here says null while the recv would block, so a wait can repeat it.
 */
final class ReadBuffer {

    private final SocketIO raw;
    private final int size;
    /** The first {@code length} bytes of {@code data} are what no read took yet. */
    private byte[] data;
    private int length;
    /** How far lineEnd() has looked without finding a line's end, so it never looks twice. */
    private int scanned;
    private boolean eof;

    ReadBuffer(SocketIO raw, int size) {
        this.raw = raw;
        this.size = size;
        this.data = new byte[size];
    }

    ReadBuffer copy(org.enchufe.lang.runtime.Forker fork) {
        ReadBuffer copy = new ReadBuffer(fork.copy(raw), size);
        copy.data = Arrays.copyOf(data, data.length);
        copy.length = length;
        copy.scanned = scanned;
        copy.eof = eof;
        return copy;
    }

    int size() {
        return size;
    }

    /** Whether the stream has ended (a recv() gave nothing back). */
    boolean atEof() {
        return eof;
    }

    /** A non-blocking socket had nothing for the last fill(): the read in progress ends with what it has. */
    private boolean dry;

    /** One recv() of the buffer's size onto its end: false while it would block. */
    private boolean fill(Process p) {
        byte[] got = raw.recv(p, size);
        if (got == null) {
            return false;
        }
        dry = got == SocketIO.NOTHING_YET;
        if (dry) {
            return true;
        }
        if (got.length == 0) {
            eof = true;
            return true;
        }
        // A line (or a read(n)) longer than the process may hold in memory is a MemoryError, as in CPython.
        if ((long) length + got.length > p.interpreter().limits().maxMemory()) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        if (length + got.length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + got.length));
        }
        System.arraycopy(got, 0, data, length, got.length);
        length += got.length;
        return true;
    }

    /** The first line (at most {@code limit} bytes unless -1), empty at the end of the stream; null while it would block. */
    byte[] line(Process p, int limit) {
        while (true) {
            int end = lineEnd(limit);
            if (end >= 0 || eof || dry) {
                dry = false;
                return take(end >= 0 ? end : limit >= 0 ? Math.min(limit, length) : length);
            }
            if (!fill(p)) {
                return null;
            }
        }
    }

    // Where the first line ends in the buffer (after its \n), or -1 when more is needed.
    private int lineEnd(int limit) {
        for (int i = limit >= 0 ? 0 : scanned; i < length; i++) {
            if (limit >= 0 && i >= limit) {
                return limit;
            }
            if (data[i] == '\n') {
                return i + 1;
            }
        }
        scanned = length;
        return limit >= 0 && length >= limit ? limit : -1;
    }

    /**
     * read(n): n bytes (fewer at the end), all until the end for n < 0; null while it would block.
     * A non-blocking socket with nothing more ends it with what it has, or {@link SocketIO#NOTHING_YET} for none.
     */
    byte[] read(Process p, int n) {
        while (!eof && (n < 0 || length < n)) {
            if (!fill(p)) {
                return null;
            }
            if (dry) {
                dry = false;
                return length == 0 && n != 0 ? SocketIO.NOTHING_YET : take(n < 0 ? length : Math.min(n, length));
            }
        }
        return take(n < 0 ? length : Math.min(n, length));
    }

    /**
     * read1(n): what is buffered (at most n bytes), or when nothing is, one recv() of at most n
     * bytes straight from the socket, as CPython's read1 does; null while it would block.
     */
    byte[] read1(Process p, int n) {
        if (length > 0 || n == 0) {
            return take(Math.min(n, length));
        }
        if (eof) {
            return new byte[0];
        }
        byte[] got = raw.recv(p, n);
        if (got == SocketIO.NOTHING_YET) {
            // read1 makes b'' of the raw file's None.
            return new byte[0];
        }
        if (got != null && got.length == 0) {
            eof = true;
        }
        return got;
    }

    /** peek(): everything buffered, without taking it; a recv() first when nothing is. */
    byte[] peek(Process p) {
        if (length == 0 && !eof && !fill(p)) {
            return null;
        }
        dry = false;
        return Arrays.copyOf(data, length);
    }

    /**
     * readinto(b) and readinto1(b): the buffer filled from what is buffered and then recv()s —
     * until it is full or the stream ends, or for readinto1 at most one recv() when nothing was
     * buffered. The count, -1 while it would block, -2 when a non-blocking socket had nothing (None).
     */
    int readInto(Process p, PyWritableBuffer into, boolean once) {
        int want = into.size();
        if (once && length == 0 && !eof && want > 0 && !fill(p)) {
            return -1;
        }
        while (!once && !eof && !dry && length < want) {
            if (!fill(p)) {
                return -1;
            }
        }
        boolean none = dry && length == 0 && want > 0;
        dry = false;
        if (none) {
            return -2;
        }
        byte[] got = take(Math.min(want, length));
        into.writeAt(0, got, got.length);
        return got.length;
    }

    private byte[] take(int n) {
        byte[] taken = Arrays.copyOf(data, n);
        System.arraycopy(data, n, data, 0, length - n);
        length -= n;
        scanned = 0;
        return taken;
    }
}
