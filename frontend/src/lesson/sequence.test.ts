import { describe, expect, it } from "vitest";
import type { SandboxEvent } from "../events";
import { arrowsOf, SequenceModel, SequenceView } from "./sequence";

let seq = 0;
const created = (pid: number, program: string): SandboxEvent =>
  ({ kind: "process", seq: ++seq, t: 0, pid, ppid: 0, change: "CREATED", status: 0, program });
const call = (pid: number, name: string, line: number, errno: string | null = null): SandboxEvent =>
  ({ kind: "syscall", seq: ++seq, t: 0, pid, name, args: {}, result: 0, strace: name,
    errno: errno === null ? null : { name: errno, number: 1, message: errno }, line, decidedBy: "os" });

const texts = { "lesson.sequence.title": "Sequence", "lesson.sequence.server": "server", "lesson.sequence.client": "client",
  "lesson.sequence.checker": "checker", "lesson.rowLine": "{file}, line {line}" };

function scenario(): SandboxEvent[] {
  return [created(1000, "servidor.py"), call(1000, "socket", 3), call(1000, "bind", 4), call(1000, "listen", 5),
    created(1001, "cliente.py"), call(1001, "socket", 3), call(1001, "connect", 4), call(1000, "accept", 8),
    call(1001, "send", 5), call(1000, "recv", 10), call(1000, "recv", 10), call(1001, "setsockopt", 6),
    call(1001, "close", 7)];
}

describe("the stream scenario drawn from the student's trace", () => {
  it("keeps each process's scenario calls in order, repeats folded, the server first", () => {
    const model = new SequenceModel();
    model.see(scenario(), false);
    const lanes = model.shown();
    expect(lanes.map((l) => l.program)).toEqual(["servidor.py", "cliente.py"]);
    expect(lanes[0]!.calls.map((c) => `${c.name}${c.times > 1 ? "×" + c.times : ""}`))
      .toEqual(["socket", "bind", "listen", "accept", "recv×2"]);
    expect(lanes[1]!.calls.map((c) => c.name)).toEqual(["socket", "connect", "send", "close"]);
    expect(arrowsOf(lanes).map(([a, b]) => `${a.name}→${b.name}`)).toEqual(["connect→accept", "send→recv"]);
    model.see([], true);
    expect(model.shown()).toEqual([]);
  });

  it("draws an SVG whose calls open their source line, with no markup from the events", () => {
    const container = document.createElement("div");
    const empty = document.createElement("p");
    const shown: string[] = [];
    const view = new SequenceView(container, empty, texts, (file, line) => shown.push(`${file}:${line}`));
    view.render();
    expect(empty.hidden).toBe(false);
    const model = scenario();
    model.push(created(1002, "<img src=x onerror=alert(1)>"), call(1002, "socket", 1));
    (view as unknown as { model: SequenceModel }).model.see(model, false);
    view.render();
    expect(empty.hidden).toBe(true);
    expect(container.querySelectorAll("[data-testid=sequence-lane]")).toHaveLength(3);
    expect(container.querySelectorAll("[data-testid=sequence-arrow]")).toHaveLength(2);
    expect(container.querySelector("img")).toBeNull();
    container.querySelector<SVGGElement>("[data-call=connect]")!.dispatchEvent(new MouseEvent("click"));
    expect(shown).toEqual(["cliente.py:4"]);
  });
});
