// The stream scenario of slide 8 as a sequence diagram drawn from the student's own trace: one
// lifeline per process (the server's socket → bind → listen → accept…, the client's socket →
// connect → send → recv → close), each call where it happened in time, an arrow from a connect()
// to the accept() that took it and from a send() to the recv() that read it. A view is a function
// of events → SVG; no text from the events goes in as markup.

import type { SandboxEvent } from "../events";
import { format, type Texts } from "../messages";
import { PROBE_PREFIX } from "./checker";

/** The calls of the scenario; the others (setsockopt, getsockname…) are left to the trace. */
const SCENARIO = new Set(["socket", "bind", "listen", "accept", "connect", "send", "sendto", "recv", "recvfrom",
  "shutdown", "close"]);
/** Lanes drawn: the latest processes that made scenario calls. */
const LANES = 4;
/** Calls kept per process: enough for the scenario, bounded for a program in a loop. */
const CALLS = 24;

export interface SequenceCall {
  seq: number;
  pid: number;
  name: string;
  /** How many times in a row (recv, recv, recv → one row ×3). */
  times: number;
  errno: string | null;
  line: number | null;
}

export interface SequenceLane {
  pid: number;
  program: string;
  checker: boolean;
  calls: SequenceCall[];
}

/** The lanes from the events seen so far: a pure function, what the tests read. */
export class SequenceModel {
  private readonly lanes = new Map<number, SequenceLane>();
  private readonly programs = new Map<number, string>();

  see(events: readonly SandboxEvent[], reset: boolean): void {
    if (reset) {
      this.lanes.clear();
      this.programs.clear();
    }
    for (const e of events) {
      if (e.kind === "process" && (e.change === "CREATED" || e.change === "FORKED")) {
        this.programs.set(e.pid, e.program);
        // A pid given to a new program starts a new lane.
        this.lanes.delete(e.pid);
      }
      if (e.kind !== "syscall" || !SCENARIO.has(e.name)) continue;
      let lane = this.lanes.get(e.pid);
      if (!lane) {
        const program = this.programs.get(e.pid) ?? `pid ${e.pid}`;
        lane = { pid: e.pid, program, checker: program.startsWith(PROBE_PREFIX), calls: [] };
        this.lanes.set(e.pid, lane);
      }
      const errno = e.errno?.name ?? null;
      const last = lane.calls[lane.calls.length - 1];
      if (last && last.name === e.name && last.errno === errno) {
        last.times++;
      } else if (lane.calls.length < CALLS) {
        lane.calls.push({ seq: e.seq, pid: e.pid, name: e.name, times: 1, errno, line: e.line });
      }
    }
  }

  /** The latest lanes, oldest first, a server (it listened) before its clients. */
  shown(): SequenceLane[] {
    const lanes = [...this.lanes.values()].slice(-LANES);
    const listens = (l: SequenceLane) => l.calls.some((c) => c.name === "listen" || c.name === "accept");
    return [...lanes.filter(listens), ...lanes.filter((l) => !listens(l))];
  }
}

/** The arrows: each connect() to the next accept() in another lane, each send() to the next recv() there. */
export function arrowsOf(lanes: SequenceLane[]): [SequenceCall, SequenceCall][] {
  const all = lanes.flatMap((l) => l.calls.filter((c) => c.errno === null)).sort((a, b) => a.seq - b.seq);
  const used = new Set<SequenceCall>();
  const arrows: [SequenceCall, SequenceCall][] = [];
  const pairs: Record<string, string[]> = { connect: ["accept"], send: ["recv", "recvfrom"], sendto: ["recvfrom", "recv"] };
  for (const from of all) {
    const targets = pairs[from.name];
    const to = targets
      ? all.find((c) => c.seq > from.seq && c.pid !== from.pid && !used.has(c) && targets.includes(c.name))
      : undefined;
    if (to) {
      used.add(to);
      arrows.push([from, to]);
    }
  }
  return arrows;
}

const SVG = "http://www.w3.org/2000/svg";
const LANE_WIDTH = 170;
const ROW = 26;
const TOP = 44;

export class SequenceView {
  private readonly model = new SequenceModel();
  private frame = 0;

  constructor(private readonly container: HTMLElement, private readonly empty: HTMLElement, private readonly texts: Texts,
              private readonly showSource: (file: string, line: number) => void) {
  }

  see(events: readonly SandboxEvent[], reset: boolean): void {
    this.model.see(events, reset);
    if (this.frame === 0) this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render(): void {
    const lanes = this.model.shown();
    this.empty.hidden = lanes.length > 0;
    if (lanes.length === 0) {
      this.container.replaceChildren();
      return;
    }
    // Rows in time order across the lanes: a call lower down happened later.
    const calls = lanes.flatMap((l) => l.calls).sort((a, b) => a.seq - b.seq);
    const rowOf = new Map(calls.map((c, i) => [c, i]));
    const laneOf = new Map(lanes.map((l, i) => [l.pid, i]));
    const width = lanes.length * LANE_WIDTH;
    const height = TOP + calls.length * ROW + 10;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", format(this.texts, "lesson.sequence.title"));
    svg.classList.add("sequence");
    const x = (pid: number) => laneOf.get(pid)! * LANE_WIDTH + LANE_WIDTH / 2;
    const y = (c: SequenceCall) => TOP + rowOf.get(c)! * ROW + ROW / 2;
    lanes.forEach((lane) => {
      const head = text(x(lane.pid), 16, `${lane.program} · ${lane.pid}`, "sequence-head");
      const role = text(x(lane.pid), 32, format(this.texts, lane.checker ? "lesson.sequence.checker"
        : lane.calls.some((c) => c.name === "listen" || c.name === "accept") ? "lesson.sequence.server"
          : "lesson.sequence.client"), "sequence-role");
      const life = line(x(lane.pid), TOP, x(lane.pid), height - 4, "sequence-life");
      const group = document.createElementNS(SVG, "g");
      group.dataset.testid = "sequence-lane";
      group.dataset.pid = String(lane.pid);
      if (lane.checker) group.classList.add("checker");
      group.append(life, head, role);
      svg.append(group);
    });
    for (const [from, to] of arrowsOf(lanes)) {
      const arrow = line(x(from.pid), y(from), x(to.pid), y(to), "sequence-arrow");
      arrow.dataset.testid = "sequence-arrow";
      svg.append(arrow);
    }
    for (const call of calls) {
      const lane = lanes[laneOf.get(call.pid)!]!;
      const label = call.name + (call.times > 1 ? ` ×${call.times}` : "") + (call.errno ? ` ✗ ${call.errno}` : "");
      const group = document.createElementNS(SVG, "g");
      group.classList.add("sequence-call");
      if (call.errno) group.classList.add("failed");
      group.dataset.testid = "sequence-call";
      group.dataset.call = call.name;
      group.dataset.pid = String(call.pid);
      const box = document.createElementNS(SVG, "rect");
      box.setAttribute("x", String(x(call.pid) - 60));
      box.setAttribute("y", String(y(call) - 10));
      box.setAttribute("width", "120");
      box.setAttribute("height", "20");
      box.setAttribute("rx", "4");
      group.append(box, text(x(call.pid), y(call) + 4, label, "sequence-label"));
      if (call.line !== null && !lane.checker) {
        const at = call.line;
        const title = document.createElementNS(SVG, "title");
        title.textContent = format(this.texts, "lesson.rowLine", { file: lane.program, line: at });
        group.append(title);
        group.classList.add("linked");
        group.addEventListener("click", () => this.showSource(lane.program, at));
      }
      svg.append(group);
    }
    this.container.replaceChildren(svg);
  }
}

function text(x: number, y: number, content: string, className: string): SVGTextElement {
  const t = document.createElementNS(SVG, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("text-anchor", "middle");
  t.classList.add(className);
  t.textContent = content;
  return t;
}

function line(x1: number, y1: number, x2: number, y2: number, className: string): SVGLineElement {
  const l = document.createElementNS(SVG, "line");
  l.setAttribute("x1", String(x1));
  l.setAttribute("y1", String(y1));
  l.setAttribute("x2", String(x2));
  l.setAttribute("y2", String(y2));
  l.classList.add(className);
  return l;
}
