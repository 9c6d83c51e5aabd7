#!/usr/bin/env python3
"""Records the network system calls CPython makes for programs of the kernel's differential suite.

For each NAME given, runs `strace -ff -e trace=network,epoll_create1,epoll_ctl,epoll_wait python3
NAME.py` in src/test/resources/python-kernel and writes strace/NAME.strace: each process's calls,
processes in the order they were created (one file per process, so no <unfinished ...> lines). Left
out, as Enchufe's trace leaves them out: glibc's own resolver probes (the nscd socket), the
getsockname() CPython makes right after accept() and socketpair() for its own bookkeeping, and the
epoll that `import socket` opens and closes at once (selectors probing what the system has). An
epoll_event's data is written {u32=FD, u64=FD}: CPython fills only the descriptor half, the other
half is whatever its stack held. TraceConformanceTest
compares Enchufe's trace with these files (ports normalised on both sides). Needs strace
(sudo apt install strace); run after adding a program to the list:

    python3 build/record-strace.py NAME ...
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src", "test", "resources", "python-kernel")
OUT = os.path.join(CORPUS, "strace")


def calls_of(path):
    lines = []
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("+++") or line.startswith("---"):
            continue
        # strace pads the result to a column: one space before "=" as Enchufe writes it.
        line = re.sub(r"\)\s+= ", ") = ", line)
        lines.append(line)
    # selectors (imported by socket) probes for epoll before the program's first call.
    if lines and lines[0].startswith("epoll_create1("):
        lines = lines[1:]
    lines = [re.sub(r"data=\{u32=(\d+), u64=\d+\}", r"data={u32=\1, u64=\1}", line) for line in lines]
    kept = []
    skip_fd = None
    accepted = None
    paired = set()
    for line in lines:
        if "nscd" in line or re.match(r"socket\(AF_UNIX, SOCK_STREAM\|SOCK_CLOEXEC\|SOCK_NONBLOCK, 0\)", line):
            continue
        m = re.match(r"accept4?\(\d+, .*\) = (\d+)$", line)
        if m:
            accepted = m.group(1)
            kept.append(line)
            continue
        m = re.match(r"socketpair\(.*\[(\d+), (\d+)\]\) = 0$", line)
        if m:
            paired = {m.group(1), m.group(2)}
            kept.append(line)
            continue
        if accepted is not None and line.startswith("getsockname(%s," % accepted):
            accepted = None
            continue
        if paired and any(line.startswith("getsockname(%s," % fd) for fd in paired):
            paired.discard(re.match(r"getsockname\((\d+),", line).group(1))
            continue
        accepted = None
        paired = set()
        kept.append(line)
    return kept


def record(name):
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "trace")
        subprocess.run(["strace", "-ff", "-e", "trace=network,epoll_create1,epoll_ctl,epoll_wait", "-o", prefix, sys.executable, name + ".py"],
                       cwd=CORPUS, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=120)
        files = sorted(glob.glob(prefix + ".*"), key=lambda p: int(p.rsplit(".", 1)[1]))
        out = []
        number = 0
        for path in files:
            calls = calls_of(path)
            number += 1
            out.append("== process %d" % number)
            out.extend(calls)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".strace"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        record(name)
    print("recorded %d traces" % (len(sys.argv) - 1))
