// The checker's own processes on a lesson page: the lesson's probes, programs named probes/…,
// that a Check starts in the student's sandbox. Their trace rows, consoles and diagram boxes in the
// workbench (every element carrying their data-pid) are marked "checker", so the page styles them
// apart and says whose they are: the student sees exactly what the checker tried.

import type { SandboxEvent } from "../events";

export const PROBE_PREFIX = "probes/";

export class CheckerMarks {
  private readonly pids = new Set<number>();

  constructor(private readonly root: HTMLElement, private readonly label: string) {
    // The workbench redraws its views at will: mark what it draws, whenever it draws.
    new MutationObserver(() => this.mark()).observe(root, { childList: true, subtree: true });
  }

  /** Learns which pids are the checker's from the sandbox's process events; {@code reset}: from scratch. */
  see(events: readonly SandboxEvent[], reset: boolean): void {
    if (reset) this.pids.clear();
    let changed = reset;
    for (const e of events) {
      if (e.kind !== "process" || (e.change !== "CREATED" && e.change !== "FORKED")) continue;
      // A pid is the checker's while a probe runs under it; a later program may get it back.
      const probe = e.program.startsWith(PROBE_PREFIX);
      if (probe !== this.pids.has(e.pid)) {
        if (probe) this.pids.add(e.pid);
        else this.pids.delete(e.pid);
        changed = true;
      }
    }
    if (changed) this.mark();
  }

  isChecker(pid: number): boolean {
    return this.pids.has(pid);
  }

  private mark(): void {
    for (const element of this.root.querySelectorAll<HTMLElement>("[data-pid]")) {
      const checker = this.pids.has(Number(element.dataset.pid));
      if (element.classList.contains("checker") === checker) continue;
      element.classList.toggle("checker", checker);
      // The label is shown by the page's style sheet (attr(data-checker)), in the page's language.
      if (checker) element.dataset.checker = this.label;
      else delete element.dataset.checker;
    }
  }
}
