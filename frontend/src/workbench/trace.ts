// The trace: strace -f's lines for the sandbox, newest last, filterable by text and by process;
// each call made from a source line links to it, and clicking code picks out its calls.

import type { FailureCause } from "../events";
import { format, type Texts } from "../messages";
import { causeText } from "./cause";
import { SIGNALS } from "./describe";
import { el } from "./dom";
import type { TraceRow } from "./model";

/** Rows shown at most; older ones stay in the model until it trims them. */
export const TRACE_SHOWN = 500;

export interface TraceFilter {
  text: string;
  pid: number | null;
}

/** The rows a filter lets through, newest last, at most {@code limit}. */
export function filterTrace(rows: readonly TraceRow[], filter: TraceFilter, limit = TRACE_SHOWN): TraceRow[] {
  const needle = filter.text.trim().toLowerCase();
  const out: TraceRow[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) {
    const row = rows[i]!;
    if (filter.pid !== null && row.pid !== filter.pid) continue;
    if (needle !== "" && !traceText(row).toLowerCase().includes(needle)) continue;
    out.push(row);
  }
  return out.reverse();
}

/** The text of a row as strace -f would print it (coalesced rows say how many calls they stand for). */
export function traceText(row: TraceRow, texts: Texts = {}): string {
  switch (row.kind) {
    case "call":
      return `[pid ${row.pid}] ${row.strace}`;
    case "coalesced":
      return `[pid ${row.pid}] ` + format(texts, "wb.coalesced", {
        count: row.count, call: row.name, outcome: row.errno ?? "ok", bytes: row.bytes,
      });
    case "thread":
      return row.started ? `[pid ${row.pid}] +++ ${format(texts, "wb.threadStarted", { name: row.name, tid: row.tid })} +++`
        : `[pid ${row.tid}] +++ ${format(texts, "wb.threadEnded", { name: row.name, tid: row.tid })} +++`;
    case "link":
      return `[pid ${row.pid}] --- ${format(texts, `wb.link.${row.fate}`, { network: row.network, to: row.to, bytes: row.bytes })} ---`;
    case "exit":
      return row.signal !== 0 ? `[pid ${row.pid}] +++ killed by ${signalName(row.signal)} +++`
        : `[pid ${row.pid}] +++ exited with ${row.code} +++`;
  }
}

function signalName(signal: number): string {
  return SIGNALS[signal] ?? `signal ${signal}`;
}

export interface TraceActions {
  /** A call was clicked: show its source line in the process's program. */
  showLine(pid: number, line: number): void;
  /** A failed call's errno was clicked: explain it, with what the sandbox knows of this failure. */
  explain(errno: string, cause: FailureCause | null): void;
}

export class TraceView {
  private filter: TraceFilter = { text: "", pid: null };
  private marked: { pid: number | null; program: string; line: number } | null = null;
  private rows: readonly TraceRow[] = [];

  constructor(
    private readonly list: HTMLElement,
    private readonly empty: HTMLElement,
    private readonly texts: Texts,
    private readonly actions: TraceActions,
    private readonly programOf: (pid: number) => string | undefined,
  ) {}

  setFilter(filter: TraceFilter): void {
    this.filter = filter;
    this.render(this.rows);
  }

  /** Picks out the calls made from {@code line} of {@code program}. */
  markLine(program: string, line: number): void {
    this.marked = { pid: null, program, line };
    this.render(this.rows);
  }

  render(rows: readonly TraceRow[]): void {
    this.rows = rows;
    const shown = filterTrace(rows, this.filter);
    const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 24;
    this.list.replaceChildren(...shown.map((row) => this.item(row)));
    this.empty.hidden = shown.length > 0;
    if (atBottom) this.list.scrollTop = this.list.scrollHeight;
  }

  private item(row: TraceRow): HTMLLIElement {
    const item = el("li", `trace-row trace-${row.kind}`, undefined, { "data-testid": "trace-row", "data-pid": String(row.pid) });
    item.append(el("code", "strace", traceText(row, this.texts)));
    if (row.kind === "call") {
      if (row.failed) item.classList.add("failed");
      if (row.line !== null) {
        const line = row.line;
        const link = el("button", "line-link", format(this.texts, "line", { line }), { type: "button", "data-testid": "trace-line" });
        link.addEventListener("click", () => this.actions.showLine(row.pid, line));
        item.append(link);
        if (this.marked && this.marked.line === line && this.programOf(row.pid) === this.marked.program) {
          item.classList.add("marked");
        }
      }
      if (row.errno !== null) {
        const errno = row.errno;
        const cause = row.event.errno?.cause ?? null;
        const explain = el("button", "errno-link", format(this.texts, "wb.explain", { errno }), { type: "button",
          "data-testid": "explain-errno" });
        explain.addEventListener("click", () => this.actions.explain(errno, cause));
        item.append(explain);
        const why = causeText(cause, this.texts);
        if (why !== null) item.append(el("span", "trace-cause", why, { "data-testid": "trace-cause" }));
      }
      item.append(decidedBy(row.event.decidedBy, this.texts));
    }
    return item;
  }
}

/** Who decided a call's outcome, in the home page's words, with what that means on hover. */
export function decidedBy(who: "os" | "sandbox", texts: Texts): HTMLElement {
  return el("span", `decided decided-${who}`, format(texts, `decidedBy.${who}`),
    { "data-testid": "decided-by", "data-decided": who, title: format(texts, `decidedBy.${who}.help`) });
}
