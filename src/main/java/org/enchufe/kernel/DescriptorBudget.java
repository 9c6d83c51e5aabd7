package org.enchufe.kernel;

import java.util.IdentityHashMap;
import java.util.Map;

import org.enchufe.lang.runtime.Errno;

/**
 * Whether a process may open {@code n} more files (sockets, pipe ends), in the order Linux
 * checks: its own descriptor table first (RLIMIT_NOFILE → EMFILE), then the machine's file table
 * (file-max → ENFILE). A sandbox is the machine its processes share, so its table counts every
 * socket and pipe of every process once, however many descriptors share it after fork(); the real
 * descriptors the sandbox's channels hold (listeners, connections, the built-in daemons') are its
 * share of the JVM's own table, and the server's guard says when that table is nearly full.
 */
final class DescriptorBudget {

    private DescriptorBudget() {
    }

    /** Whether one more descriptor for a file already open (dup) passes RLIMIT_NOFILE. */
    static boolean tableFull(Process p) {
        return p.descriptors().view().size() + 1 > p.sandbox().kernelLimits().maxDescriptors();
    }

    /** EMFILE, ENFILE, or null when {@code n} more files may open in {@code p}. */
    static Errno refusal(Process p, int n) {
        Sandbox sandbox = p.sandbox();
        KernelLimits limits = sandbox.kernelLimits();
        if (p.descriptors().view().size() + n > limits.maxDescriptors()) {
            return Errno.EMFILE;
        }
        if (limits.maxOpenFiles() > 0 && openFiles(sandbox).size() + n > limits.maxOpenFiles()) {
            return Errno.ENFILE;
        }
        if (limits.maxRealDescriptors() > 0 && realDescriptors(sandbox) + n > limits.maxRealDescriptors()) {
            return Errno.ENFILE;
        }
        if (sandbox.serverGuard().refusal(ServerGuard.Resource.DESCRIPTORS).isPresent()) {
            return Errno.ENFILE;
        }
        return null;
    }

    /** The sandbox's open files, each once, however many descriptors of however many processes refer to it. */
    static Map<DescriptorTable.OpenFile, Boolean> openFiles(Sandbox sandbox) {
        Map<DescriptorTable.OpenFile, Boolean> open = new IdentityHashMap<>();
        for (Process p : sandbox.processes().values()) {
            for (DescriptorTable.OpenFile f : p.descriptors().view().values()) {
                count(f, open);
            }
        }
        return open;
    }

    // A file, and the files in flight to it (SCM_RIGHTS): open, though no descriptor names them.
    private static void count(DescriptorTable.OpenFile f, Map<DescriptorTable.OpenFile, Boolean> open) {
        if (f.counted() && open.put(f, Boolean.TRUE) == null && f instanceof PassesDescriptors unix) {
            unix.passed().inFlight().forEach(g -> count(g, open));
        }
    }

    /** How many files are in flight in the sandbox now: Linux refuses more than RLIMIT_NOFILE of them (ETOOMANYREFS). */
    static int inFlight(Sandbox sandbox) {
        Map<DescriptorTable.OpenFile, Boolean> tables = new IdentityHashMap<>();
        for (Process p : sandbox.processes().values()) {
            p.descriptors().view().values().forEach(f -> tables.put(f, Boolean.TRUE));
        }
        int n = 0;
        for (DescriptorTable.OpenFile f : openFiles(sandbox).keySet()) {
            n += tables.containsKey(f) ? 0 : 1;
        }
        return n;
    }

    /** The real OS descriptors the sandbox holds now. */
    static int realDescriptors(Sandbox sandbox) {
        int n = sandbox.daemonDescriptors();
        for (DescriptorTable.OpenFile f : openFiles(sandbox).keySet()) {
            n += f.realDescriptors();
        }
        return n;
    }
}
