#!/usr/bin/env python3
"""Records what CPython prints for every program of the differential suites.

For each NAME.py in src/test/resources/python (the language) and src/test/resources/python-kernel
(processes, later sockets) and src/test/resources/surface (the dir() audit SurfaceAuditTest reads)
this runs `python3 NAME.py` in that directory (with NAME.stdin as its
standard input when present) and writes NAME.expected.json with its stdout, stderr and exit code.
DifferentialTest and KernelDifferentialTest replay every program through Enchufe and compare, so
the suites run where Python is absent. Run after adding or changing a program:

    python3 build/regenerate-python-expectations.py [NAME ...]
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = [os.path.join(HERE, "..", "src", "test", "resources", d) for d in ("python", "python-kernel", "surface")]


def record(corpus, name):
    CORPUS = corpus
    stdin_path = os.path.join(CORPUS, name + ".stdin")
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    # The sandbox's zone is UTC and Enchufe writes no bytecode: CPython is run alike (time.localtime,
    # time.tzname, sys.flags.dont_write_bytecode print the same whatever the machine's settings).
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8", TZ="UTC",
               PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([sys.executable, name + ".py"], cwd=CORPUS, input=stdin, capture_output=True, env=env, timeout=60)
    # CPython names the script by its absolute path; the expectations name it as given.
    prefix = os.path.realpath(CORPUS) + os.sep
    expected = {
        "python": sys.version.split()[0],
        "stdout": run.stdout.decode("utf-8").replace(prefix, ""),
        "stderr": run.stderr.decode("utf-8").replace(prefix, ""),
        # A death by signal N is -N to subprocess; a shell (and Enchufe's CLI) shows 128 + N.
        "exit": run.returncode if run.returncode >= 0 else 128 - run.returncode,
    }
    with open(os.path.join(CORPUS, name + ".expected.json"), "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, indent=1)
        out.write("\n")


def main():
    count = 0
    for corpus in CORPORA:
        names = sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".py"))
        for name in names:
            if not sys.argv[1:] or name in sys.argv[1:]:
                record(corpus, name)
                count += 1
    print(f"recorded {count} programs with Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
