import { describe, expect, it } from "vitest";
import type { SandboxEvent } from "../events";
import { overlapOf, TimelineModel, TimelineView } from "./timeline";

let seq = 0;
const S = 1_000_000;
const created = (pid: number, program: string, t = 0): SandboxEvent =>
  ({ kind: "process", seq: ++seq, t, pid, ppid: 0, change: "CREATED", status: 0, program });
const forked = (pid: number, ppid: number, program: string, t: number): SandboxEvent =>
  ({ kind: "process", seq: ++seq, t, pid, ppid, change: "FORKED", status: 0, program });
const exited = (pid: number, program: string, t: number): SandboxEvent =>
  ({ kind: "process", seq: ++seq, t, pid, ppid: 0, change: "EXITED", status: 0, program });
const reaped = (pid: number, program: string, t: number): SandboxEvent =>
  ({ kind: "process", seq: ++seq, t, pid, ppid: 1000, change: "REAPED", status: 0, program });
const thread = (pid: number, name: string, t: number): SandboxEvent =>
  ({ kind: "thread", seq: ++seq, t, pid, tid: seq, name, change: "STARTED" });
const call = (pid: number, name: string, t: number, args: Record<string, unknown>, result = 0): SandboxEvent =>
  ({ kind: "syscall", seq: ++seq, t, pid, name, args, result, strace: name, errno: null, line: 1, decidedBy: "os" });

/** A server on port, listening on fd 3, and three clients of one program connecting at t = 0. */
function server(pid: number, program: string, port: number, client: number): SandboxEvent[] {
  return [created(pid, program), call(pid, "socket", 0, {}, 3), call(pid, "bind", 0, { fd: 3, addr: { host: "0.0.0.0", port } }),
    call(pid, "listen", 0, { fd: 3, backlog: 5 }),
    call(client, "connect", 0, { fd: 3, addr: { host: "127.0.0.1", port } }),
    call(client, "connect", 0, { fd: 4, addr: { host: "127.0.0.1", port } }),
    call(client, "connect", 0, { fd: 5, addr: { host: "127.0.0.1", port } })];
}

function iterative(client = 1001, from = 0): SandboxEvent[] {
  const events: SandboxEvent[] = [];
  for (let i = 0; i < 3; i++) {
    const t = from + i * S;
    events.push(call(1000, "accept", t, { fd: 3 }, 4), call(1000, "recv", t, { fd: 4 }, 10),
      call(1000, "send", t + S, { fd: 4 }, 20), call(1000, "close", t + S, { fd: 4 }));
  }
  return [created(client, "clientes.py"), ...(from === 0 ? server(1000, "servidor_iterativo.py", 5000, client).slice(0, 4) : []),
    ...[3, 4, 5].map((fd) => call(client, "connect", from, { fd, addr: { host: "127.0.0.1", port: 5000 } })), ...events];
}

describe("the timeline of a server's connections", () => {
  it("draws an iterative server's three connections one after another, served by the server itself", () => {
    const model = new TimelineModel();
    model.see(iterative(), false);
    const [panel] = model.panels();
    expect(panel!.program).toBe("servidor_iterativo.py");
    expect(panel!.connections.map((c) => [c.from / S, c.to! / S])).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect(panel!.connections.every((c) => c.client === 1001 && c.servedBy.join() === "1000")).toBe(true);
    expect(panel!.overlap).toBe(1);
    expect(panel!.end - panel!.start).toBe(3 * S);
  });

  it("follows fork(): the parent's close does not end a connection, the child's does, and each child served one", () => {
    const model = new TimelineModel();
    const events = [created(1001, "clientes.py"), ...server(1000, "servidor_fork.py", 5001, 1001)];
    [1002, 1003, 1004].forEach((child, i) => {
      const t = i * 1000;
      events.push(call(1000, "accept", t, { fd: 3 }, 4), forked(child, 1000, "servidor_fork.py", t),
        call(1000, "close", t, { fd: 4 }));
    });
    [1002, 1003, 1004].forEach((child, i) => events.push(call(child, "send", S + i * 1000, { fd: 4 }),
      exited(child, "servidor_fork.py", S + i * 1000 + 5)));
    // The parent collects two of them (its SIGCHLD handler); the third stays a zombie.
    events.push(reaped(1002, "servidor_fork.py", S + 10), reaped(1003, "servidor_fork.py", S + 1010));
    model.see(events, false);
    const [panel] = model.panels();
    expect(panel!.connections.map((c) => c.servedBy)).toEqual([[1002], [1003], [1004]]);
    expect(panel!.connections.map((c) => c.to)).toEqual([S + 5, S + 1005, S + 2005]);
    expect(panel!.overlap).toBe(3);
    expect(panel!.connections.map((c) => c.child)).toEqual([
      { pid: 1002, exited: S + 5, reaped: S + 10 }, { pid: 1003, exited: S + 1005, reaped: S + 1010 },
      { pid: 1004, exited: S + 2005, reaped: null }]);
    expect(panel!.zombies).toBe(1);
  });

  it("gives each connection the thread started after its accept(), all in the server's pid", () => {
    const model = new TimelineModel();
    const events = [created(1001, "clientes.py"), ...server(1000, "servidor_hilos.py", 5002, 1001)];
    [4, 5, 6].forEach((fd, i) => events.push(call(1000, "accept", i, { fd: 3 }, fd), thread(1000, `Thread-${i + 1}`, i)));
    [4, 5, 6].forEach((fd) => events.push(call(1000, "send", S, { fd }), call(1000, "close", S, { fd })));
    model.see(events, false);
    const [panel] = model.panels();
    expect(panel!.connections.map((c) => c.thread)).toEqual(["Thread-1", "Thread-2", "Thread-3"]);
    expect(panel!.overlap).toBe(3);
  });

  it("keeps a connection still held by a copy open, and a thread started after the answer is nobody's", () => {
    const model = new TimelineModel();
    const events = [created(1001, "clientes.py"), ...server(1000, "servidor_hilos.py", 5002, 1001),
      call(1000, "accept", 0, { fd: 3 }, 4), call(1000, "send", S, { fd: 4 }), thread(1000, "Thread-1", S)];
    model.see(events, false);
    const [panel] = model.panels();
    expect(panel!.connections[0]!.thread).toBeNull();
    expect(panel!.connections[0]!.to).toBeNull();
  });

  it("keeps each server's latest round of clients, side by side with the other servers'", () => {
    const model = new TimelineModel();
    model.see(iterative(1001), false);
    model.see(iterative(1005, 10 * S), false);
    const fork = [created(1006, "clientes.py", 20 * S), ...server(2000, "servidor_fork.py", 5001, 1006).slice(0, 4),
      call(1006, "connect", 20 * S, { fd: 3, addr: { host: "127.0.0.1", port: 5001 } }),
      call(2000, "accept", 20 * S, { fd: 3 }, 4), call(2000, "send", 21 * S, { fd: 4 }), call(2000, "close", 21 * S, { fd: 4 })];
    model.see(fork, false);
    const panels = model.panels();
    expect(panels.map((p) => p.program)).toEqual(["servidor_iterativo.py", "servidor_fork.py"]);
    expect(panels[0]!.connections.map((c) => [c.client, c.from / S])).toEqual([[1005, 10], [1005, 11], [1005, 12]]);
    model.see([], true);
    expect(model.panels()).toEqual([]);
  });

  it("counts an end and a start at the same instant as no overlap", () => {
    const c = (from: number, to: number | null) =>
      ({ program: "p", acceptedBy: 1, servedBy: [], thread: null, client: null, from, to, seq: 0, child: null });
    expect(overlapOf([c(0, 1), c(1, 2)], 5)).toBe(1);
    expect(overlapOf([c(0, 2), c(1, null)], 5)).toBe(2);
  });
});

const texts = {
  "lesson.timeline.serial": "{count} in {seconds} s, serial", "lesson.timeline.parallel": "{count} in {seconds} s, {overlap} at once",
  "lesson.timeline.child": "child {pid}", "lesson.timeline.thread": "{thread} of {pid}", "lesson.timeline.process": "pid {pid}",
  "lesson.timeline.bar": "Connection {n}: {from}–{to} s by {by}", "lesson.timeline.barOpen": "Connection {n}: from {from} s by {by}",
  "lesson.timeline.zombies.one": ", 1 zombie", "lesson.timeline.zombies.other": ", {count} zombies",
  "lesson.timeline.zombie": "zombie {pid} {from}–{to} s", "lesson.timeline.zombieOpen": "zombie {pid} since {from} s",
};

describe("the timeline view", () => {
  it("draws a labelled panel per server, bars on one scale, with no markup from the events", () => {
    const container = document.createElement("div");
    const empty = document.createElement("p");
    const view = new TimelineView(container, empty, texts);
    view.render();
    expect(empty.hidden).toBe(false);
    const events = iterative();
    events.push(created(1002, "<img src=x onerror=alert(1)>"), call(1002, "bind", 0, { fd: 3, addr: { host: "0.0.0.0", port: 7 } }),
      call(1001, "connect", 0, { fd: 6, addr: { host: "127.0.0.1", port: 7 } }), call(1002, "accept", 0, { fd: 3 }, 4));
    (view as unknown as { model: TimelineModel }).model.see(events, false);
    view.render();
    expect(empty.hidden).toBe(true);
    const panels = container.querySelectorAll<HTMLElement>("[data-testid=timeline-panel]");
    expect([...panels].map((p) => p.dataset.overlap)).toEqual(["1", "1"]);
    expect(panels[0]!.querySelectorAll("[data-testid=timeline-bar]")).toHaveLength(3);
    expect(panels[0]!.querySelector("svg")!.getAttribute("aria-label"))
      .toBe("servidor_iterativo.py: 3 in 3.0 s, serial. Connection 1: 0.0–1.0 s by pid 1000. "
        + "Connection 2: 1.0–2.0 s by pid 1000. Connection 3: 2.0–3.0 s by pid 1000");
    expect(container.querySelector("img")).toBeNull();
    expect(panels[1]!.querySelector("figcaption")!.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("draws each served child's zombie time, to the panel's edge when it was never collected", () => {
    const container = document.createElement("div");
    const view = new TimelineView(container, document.createElement("p"), texts);
    const events = [created(1001, "clientes.py"), ...server(1000, "servidor_fork.py", 5001, 1001)];
    [1002, 1003].forEach((child, i) => events.push(call(1000, "accept", i, { fd: 3 }, 4),
      forked(child, 1000, "servidor_fork.py", i), call(1000, "close", i, { fd: 4 })));
    events.push(call(1002, "send", S, { fd: 4 }), exited(1002, "servidor_fork.py", S), reaped(1002, "servidor_fork.py", S),
      call(1003, "send", S, { fd: 4 }), exited(1003, "servidor_fork.py", S));
    (view as unknown as { model: TimelineModel }).model.see(events, false);
    view.render();
    const panel = container.querySelector<HTMLElement>("[data-testid=timeline-panel]")!;
    expect(panel.dataset.zombies).toBe("1");
    expect(panel.querySelector("[data-testid=timeline-summary]")!.textContent).toBe("2 in 1.0 s, 2 at once, 1 zombie");
    const zombies = [...panel.querySelectorAll("[data-testid=timeline-zombie]")];
    expect(zombies.map((z) => z.classList.contains("unreaped"))).toEqual([false, true]);
    const label = panel.querySelector("svg")!.getAttribute("aria-label");
    expect(label).toContain("by child 1002; zombie 1002 1.0–1.0 s");
    expect(label).toContain("by child 1003; zombie 1003 since 1.0 s");
  });
});
