import { describe, expect, it } from "vitest";
import type { SandboxEvent } from "../events";
import { CheckerMarks } from "./checker";

const created = (pid: number, program: string): SandboxEvent =>
  ({ kind: "process", seq: pid, t: 0, pid, ppid: 0, change: "CREATED", status: 0, program });

describe("the checker's processes on a lesson page", () => {
  it("marks every element of a probe's pid, and unmarks a pid a student's program gets back", () => {
    const root = document.createElement("div");
    root.innerHTML = '<li data-pid="7"></li><li data-pid="8"></li>';
    const marks = new CheckerMarks(root, "the checker's");
    marks.see([created(7, "probes/eco_sonda.py"), created(8, "eco_servidor.py")], false);
    const probe = root.querySelector<HTMLElement>('[data-pid="7"]')!;
    const student = root.querySelector<HTMLElement>('[data-pid="8"]')!;
    expect(probe.classList.contains("checker")).toBe(true);
    expect(probe.dataset.checker).toBe("the checker's");
    expect(student.classList.contains("checker")).toBe(false);
    marks.see([created(7, "eco_cliente.py")], false);
    expect(probe.classList.contains("checker")).toBe(false);
    expect(marks.isChecker(7)).toBe(false);
  });
});
