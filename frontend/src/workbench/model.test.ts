import { describe, expect, it } from "vitest";
import type { ConsoleEvent, ProcessEvent, SyscallEvent } from "../events";
import { CONSOLE_LIMIT, TRACE_LIMIT, WorkbenchModel } from "./model";
import { traceText } from "./trace";
import type { ServerMessage, Snapshot } from "./protocol";

const created = (seq: number, pid: number, program: string): ProcessEvent =>
  ({ kind: "process", seq, t: seq, pid, ppid: 0, change: "CREATED", status: 0, program });
const out = (seq: number, pid: number, text: string, stream: ConsoleEvent["stream"] = "stdout"): ConsoleEvent =>
  ({ kind: "console", seq, t: seq, pid, stream, text });
const call = (seq: number, pid: number, name: string, result: number, errno: string | null = null): SyscallEvent => ({
  kind: "syscall", seq, t: seq, pid, name, args: {}, result, line: 3, decidedBy: "os",
  errno: errno === null ? null : { name: errno, number: 111, message: "Connection refused" },
  strace: `${name}(3) = ${errno === null ? result : "-1 " + errno}`,
});
const events = (...list: (SyscallEvent | ConsoleEvent | ProcessEvent)[]): ServerMessage =>
  ({ type: "events", events: list, coalesced: [] });
const empty: Snapshot = { processes: [], netstat: [] };

describe("WorkbenchModel", () => {
  it("clears the consoles of finished processes for good, keeping the live ones", () => {
    const model = new WorkbenchModel();
    const process = (pid: number, state: string) => ({ pid, ppid: 0, program: `p${pid}.py`, state, line: 1 });
    const snapshot = { processes: [process(1000, "EXITED"), process(1001, "BLOCKED")], netstat: [] } as unknown as Snapshot;
    model.apply(events(created(1, 1000, "p1000.py"), created(2, 1001, "p1001.py"), created(3, 1002, "p1002.py")));
    model.apply({ type: "snapshot", snapshot, seq: 3 });
    // 1002 is in no snapshot yet: it may be running, so it stays.
    expect(model.clearFinished()).toEqual([1000]);
    model.apply({ type: "snapshot", snapshot, seq: 4 });
    expect([...model.consoles.keys()].sort()).toEqual([1001, 1002]);
  });

  it("gives each process a console and keeps its streams apart in order", () => {
    const model = new WorkbenchModel();
    model.apply(events(created(1, 1000, "servidor.py"), out(2, 1000, "hola\n"), out(3, 1000, "mal\n", "stderr"),
      out(4, 1000, "adiós\n")));
    const console = model.consoles.get(1000)!;
    expect(console.program).toBe("servidor.py");
    expect(console.segments).toEqual([
      { stream: "stdout", text: "hola\n" }, { stream: "stderr", text: "mal\n" }, { stream: "stdout", text: "adiós\n" }]);
  });

  it("counts coalesced calls in the totals and shows them as one trace row", () => {
    const model = new WorkbenchModel();
    model.apply({
      type: "events", events: [created(1, 1000, "r.py"), call(2, 1000, "sendto", 1)],
      coalesced: [{ pid: 1000, name: "sendto", errno: null, count: 99_999, bytes: 99_999, firstSeq: 3, lastSeq: 100_001 }],
    });
    expect(model.callCount).toBe(100_000);
    expect(model.totalsOf(1000).bytesSent).toBe(100_000);
    expect(model.trace.map((r) => r.kind)).toEqual(["call", "coalesced"]);
    expect(model.seq).toBe(100_001);
  });

  it("ignores events a state message already contained and rebuilds from the state", () => {
    const model = new WorkbenchModel();
    model.apply(events(created(1, 1000, "a.py"), out(2, 1000, "uno\n")));
    model.apply({ type: "state", snapshot: empty, seq: 2, consoles: [{ pid: 1000, stream: "stdout", text: "uno\n" }],
      recent: [created(1, 1000, "a.py")], totals: { 1000: { calls: 0, errors: 0, bytesSent: 0, bytesReceived: 0 } } });
    model.apply(events(out(2, 1000, "uno\n"), out(3, 1000, "dos\n")));
    expect(model.consoles.get(1000)!.segments).toEqual([{ stream: "stdout", text: "uno\ndos\n" }]);
  });

  it("keeps a failed call's errno and exit rows like strace -f", () => {
    const model = new WorkbenchModel();
    model.apply(events(call(1, 1000, "connect", -1, "ECONNREFUSED"),
      { kind: "process", seq: 2, t: 2, pid: 1000, ppid: 0, change: "EXITED", status: 256, program: "c.py" }));
    expect(model.trace[0]).toMatchObject({ kind: "call", failed: true, errno: "ECONNREFUSED" });
    expect(model.trace[1]).toMatchObject({ kind: "exit", code: 1, signal: 0 });
    expect(model.totalsOf(1000).errors).toBe(1);
  });

  it("bounds consoles and the trace however much arrives", () => {
    const model = new WorkbenchModel();
    let seq = 0;
    for (let i = 0; i < 50; i++) {
      model.apply(events(out(++seq, 1000, "x".repeat(9_999) + "\n"), call(++seq, 1000, "sendto", 1),
        ...Array.from({ length: 100 }, () => call(++seq, 1000, "recvfrom", 1))));
    }
    expect(model.consoles.get(1000)!.chars).toBe(CONSOLE_LIMIT);
    expect(model.trace).toHaveLength(TRACE_LIMIT);
    expect(model.callCount).toBe(50 * 101);
  });

  it("shows a thread's start and end in the trace", () => {
    const model = new WorkbenchModel();
    model.apply({ type: "events", coalesced: [], events: [
      { kind: "thread", seq: 1, t: 1, pid: 1000, tid: 1001, name: "saludador", change: "STARTED" },
      { kind: "thread", seq: 2, t: 2, pid: 1000, tid: 1001, name: "saludador", change: "ENDED" }] });
    expect(model.trace.map((r) => r.kind === "thread" && r.started)).toEqual([true, false]);
  });

  it("tells in the trace what a network did to a datagram", () => {
    const model = new WorkbenchModel();
    model.apply({ type: "events", coalesced: [], events: [
      { kind: "link", seq: 1, t: 1, pid: 1000, fd: 3, fate: "LOST", network: "radio", to: "192.168.50.20:7000", bytes: 5 }] });
    const texts = { "wb.link.LOST": "la red {network} perdió un datagrama de {bytes} bytes para {to}" };
    expect(model.trace.map((r) => traceText(r, texts))).toEqual(
      ["[pid 1000] --- la red radio perdió un datagrama de 5 bytes para 192.168.50.20:7000 ---"]);
  });

  it("takes a snapshot only when it is newer than the one it has", () => {
    const model = new WorkbenchModel();
    const one: Snapshot = { processes: [], netstat: [{ proto: "tcp", local: "0.0.0.0:5000", foreign: "0.0.0.0:*", state: "LISTEN", program: "1000/s.py" }] };
    model.apply({ type: "snapshot", snapshot: one, seq: 5 });
    model.apply({ type: "snapshot", snapshot: empty, seq: 4 });
    expect(model.snapshot).toBe(one);
  });
});
