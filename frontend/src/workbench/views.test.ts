import { describe, expect, it } from "vitest";
import { ConsolesView } from "./consoles";
import { WorkbenchModel } from "./model";
import { ProcessesView } from "./tables";
import { filterTrace, TraceView } from "./trace";

const hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
const noop = () => undefined;
const actions = { type: noop, endOfInput: noop, interrupt: noop, kill: noop, step: noop, resume: noop, pause: noop, select: noop,
  explain: noop, showSource: noop };

function modelWithHostileProgram(): WorkbenchModel {
  const model = new WorkbenchModel();
  model.apply({ type: "events", coalesced: [], events: [
    { kind: "process", seq: 1, t: 1, pid: 1000, ppid: 0, change: "CREATED", status: 0, program: hostile },
    { kind: "console", seq: 2, t: 2, pid: 1000, stream: "stdout", text: hostile },
    { kind: "syscall", seq: 3, t: 3, pid: 1000, name: "sendto", args: {}, result: 5, errno: null, line: 2,
      strace: `sendto(3, "${hostile}", 5, 0, NULL, 0) = 5`, decidedBy: "os" },
  ] });
  model.apply({ type: "snapshot", seq: 3, snapshot: { netstat: [], processes: [{
    pid: 1000, ppid: 0, program: hostile, host: "enchufe", state: "BLOCKED", status: 0, waitingIn: "accept", waitingOn: 3, line: 7, threads: [],
    descriptors: [{ fd: 3, kind: "socket", family: "AF_INET", type: "SOCK_STREAM", state: "LISTEN", local: hostile, remote: null,
      queued: 0, waiting: false }],
  }] } });
  return model;
}

describe("the workbench's views", () => {
  it("render programs' names, output and addresses as text, never as markup", () => {
    const model = modelWithHostileProgram();
    const root = document.createElement("div");
    const consoles = document.createElement("div");
    const trace = document.createElement("ol");
    const processes = document.createElement("div");
    root.append(consoles, trace, processes);
    new ConsolesView(consoles, document.createElement("p"), {}, actions).render(model);
    new TraceView(trace, document.createElement("p"), {}, { showLine: noop, explain: noop }, () => hostile).render(model.trace);
    new ProcessesView(processes, {}).render(model.snapshot);

    expect(root.querySelector("img, script")).toBeNull();
    expect(consoles.querySelector("[data-testid=console-output]")!.textContent).toBe(hostile);
    expect(trace.textContent).toContain(hostile);
    expect(processes.querySelector("td:nth-child(6)")!.textContent).toBe(hostile);
  });

  it("say where a blocked process sleeps", () => {
    const consoles = document.createElement("div");
    new ConsolesView(consoles, document.createElement("p"),
      { "wb.state.sleepsOn": "durmiendo en {call}() sobre el fd {fd}" }, actions).render(modelWithHostileProgram());
    expect(consoles.querySelector("[data-testid=console-status]")!.textContent).toBe("durmiendo en accept() sobre el fd 3");
  });

  it("filter the trace by text and process, newest last", () => {
    const model = modelWithHostileProgram();
    model.apply({ type: "events", coalesced: [], events: [
      { kind: "syscall", seq: 4, t: 4, pid: 1001, name: "connect", args: {}, result: -1, line: 3, decidedBy: "sandbox",
        errno: { name: "ECONNREFUSED", number: 111, message: "Connection refused" },
        strace: "connect(3, {...}, 16) = -1 ECONNREFUSED (Connection refused)" },
    ] });
    expect(filterTrace(model.trace, { text: "econnrefused", pid: null }).map((r) => r.pid)).toEqual([1001]);
    expect(filterTrace(model.trace, { text: "", pid: 1000 }).map((r) => r.seq)).toEqual([3]);
    expect(filterTrace(model.trace, { text: "", pid: null }, 1).map((r) => r.seq)).toEqual([4]);
  });

  it("say on every call who decided it, and what the sandbox knows of a failure, in the trace and the console", () => {
    const model = modelWithHostileProgram();
    model.apply({ type: "events", coalesced: [], events: [
      { kind: "syscall", seq: 4, t: 4, pid: 1000, name: "connect", args: {}, result: -1, line: 3, decidedBy: "sandbox",
        errno: { name: "ECONNREFUSED", number: 111, message: "Connection refused",
          cause: { kind: "firewall", host: "servidor", port: 23, from: "172.25.4.2", action: "reject" } },
        strace: "connect(3, {...}, 16) = -1 ECONNREFUSED (Connection refused)" },
    ] });
    const texts = { "decidedBy.os": "decided by the operating system", "decidedBy.sandbox": "decided by the sandbox",
      "decidedBy.sandbox.help": "its virtual network", "wb.cause.firewallReject": "Refused by {host}'s firewall" };
    const explained: unknown[] = [];
    const trace = document.createElement("ol");
    new TraceView(trace, document.createElement("p"), texts, { showLine: noop, explain: (...args) => explained.push(args) },
      () => "c.py").render(model.trace);
    expect([...trace.querySelectorAll("[data-testid=decided-by]")].map((d) => d.textContent))
      .toEqual(["decided by the operating system", "decided by the sandbox"]);
    expect(trace.querySelector("[data-decided=sandbox]")!.getAttribute("title")).toBe("its virtual network");
    expect(trace.querySelector("[data-testid=trace-cause]")!.textContent).toBe("Refused by servidor's firewall");
    trace.querySelector<HTMLButtonElement>("[data-testid=explain-errno]")!.click();
    expect(explained).toEqual([["ECONNREFUSED", { kind: "firewall", host: "servidor", port: 23, from: "172.25.4.2", action: "reject" }]]);

    const consoles = document.createElement("div");
    new ConsolesView(consoles, document.createElement("p"), texts, actions).render(model);
    expect(consoles.querySelector("[data-testid=console-cause]")!.textContent).toBe("Refused by servidor's firewall");
  });
});
