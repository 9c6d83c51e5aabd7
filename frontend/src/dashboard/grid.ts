// The grid of students × lesson steps: one row per student, who needs help most on top, each cell
// its state's colour and words, the row's stuck badges beside the name. Only the rows a message
// changed are redrawn; times ("asleep for 2 min") tick every second from the moment the server gave.

import { format, type Texts } from "../messages";
import { el } from "../workbench/dom";
import { type Cell, type DashboardModel, elapsed, type Row, type Stuck } from "./model";

export class GridView {
  private readonly rowElements = new Map<number, HTMLTableRowElement>();

  constructor(private readonly table: HTMLTableElement, private readonly empty: HTMLElement,
              private readonly texts: Texts, private readonly language: string,
              /** A student's name was clicked. */
              private readonly onStudent: (student: number) => void = () => {},
              /** The instructor asked to start a student's sandbox over. */
              private readonly onReset: (student: number) => void = () => {},
              /** Where a student's work is seen over their shoulder; none: no link. */
              private readonly shoulderHref: ((student: number) => string) | null = null,
              /** False on the projector: a name is only a name, no button acts on the student. */
              private readonly actions = true) {}

  drawColumns(model: DashboardModel): void {
    const head = this.table.tHead!;
    head.replaceChildren();
    // A row of lesson titles over their steps.
    const lessons = el("tr", "dashboard-lessons");
    lessons.append(el("td", "", undefined, { colspan: "2" }));
    for (const c of model.columns) {
      const last = lessons.lastElementChild as HTMLElement;
      if (last.dataset.lesson === c.lesson) {
        last.setAttribute("colspan", String(Number(last.getAttribute("colspan")) + 1));
      } else {
        lessons.append(el("th", "", this.pick(c.lessonTitle), { scope: "colgroup", colspan: "1", "data-lesson": c.lesson }));
      }
    }
    head.append(lessons);
    const tr = el("tr");
    tr.append(el("th", "", format(this.texts, "dashboard.student"), { scope: "col" }),
      el("th", "", format(this.texts, "dashboard.stuck"), { scope: "col" }));
    for (const c of model.columns) {
      const th = el("th", "dashboard-column", format(this.texts, "dashboard.step", { step: c.step + 1 }),
        { scope: "col", "data-column": c.key });
      th.title = `${this.pick(c.lessonTitle)} · ${this.pick(c.title)}`;
      tr.append(th);
    }
    head.append(tr);
    for (const row of this.rowElements.values()) row.remove();
    this.rowElements.clear();
  }

  /** Redraws the rows {@code changed} (and drops {@code removed}), then puts every row in order. */
  drawRows(model: DashboardModel, changed: number[], removed: number[], now: number): void {
    for (const id of removed) {
      this.rowElements.get(id)?.remove();
      this.rowElements.delete(id);
    }
    for (const id of changed) {
      const row = model.rows.get(id);
      if (row) this.drawRow(model, row, now);
    }
    const body = this.table.tBodies[0]!;
    for (const row of model.sorted()) {
      const tr = this.rowElements.get(row.student);
      if (tr) body.append(tr);
    }
    this.empty.hidden = model.rows.size > 0;
  }

  /** Every time shown, as of {@code now}. */
  tick(now: number): void {
    for (const e of this.table.querySelectorAll<HTMLElement>("[data-since]")) {
      e.textContent = format(this.texts, e.dataset.key!, { ...JSON.parse(e.dataset.params!), time: elapsed(e.dataset.since!, now) });
    }
  }

  private drawRow(model: DashboardModel, row: Row, now: number): void {
    let tr = this.rowElements.get(row.student);
    if (!tr) {
      tr = el("tr", "dashboard-row", undefined, { "data-testid": "dashboard-row" });
      this.rowElements.set(row.student, tr);
    }
    tr.dataset.student = String(row.student);
    tr.dataset.need = String(row.need);
    const name = el("th", "dashboard-name", undefined, { scope: "row" });
    if (!this.actions) {
      name.append(el("span", "dashboard-student", row.name, { "data-testid": "dashboard-student" }));
    }
    const pick = el("button", "dashboard-student", row.name, { type: "button", "data-testid": "dashboard-student" });
    pick.addEventListener("click", () => this.onStudent(row.student));
    const reset = el("button", "dashboard-reset", "↺", { type: "button", "data-testid": "dashboard-reset",
      title: format(this.texts, "dashboard.reset", { name: row.name }), "aria-label": format(this.texts, "dashboard.reset", { name: row.name }) });
    reset.addEventListener("click", () => this.onReset(row.student));
    if (this.actions) name.append(pick, reset);
    if (this.actions && this.shoulderHref) {
      name.append(el("a", "dashboard-shoulder", format(this.texts, "dashboard.shoulder"), {
        href: this.shoulderHref(row.student), "data-testid": "dashboard-shoulder",
        title: format(this.texts, "dashboard.shoulderOf", { name: row.name }) }));
    }
    const badges = el("td", "dashboard-badges");
    for (const s of row.stuck) badges.append(this.badge(s, now));
    const cells = model.columns.map((c) => this.cell(row.cells[c.key] ?? { state: "not-started" }, c.key, now));
    tr.replaceChildren(name, badges, ...cells);
  }

  private cell(cell: Cell, column: string, now: number): HTMLTableCellElement {
    const td = el("td", `dashboard-cell cell-${cell.state}`, undefined, { "data-column": column, "data-state": cell.state });
    const key = `dashboard.state.${cell.state}`;
    switch (cell.state) {
      case "asleep":
        td.append(this.timed(key, { call: cell.call }, cell.since, now));
        break;
      case "failing":
        td.textContent = format(this.texts, key, { goal: cell.goal, times: cell.times });
        break;
      default:
        td.textContent = format(this.texts, key);
    }
    return td;
  }

  private badge(stuck: Stuck, now: number): HTMLElement {
    const key = `dashboard.stuck.${stuck.kind}`;
    const badge = el("span", `stuck-badge stuck-${stuck.kind}`, undefined, { "data-testid": "stuck-badge", "data-kind": stuck.kind });
    switch (stuck.kind) {
      case "raised-hand":
      case "lonely-accept":
      case "recv-deadlock":
        badge.append(this.timed(key, {}, stuck.since, now));
        break;
      case "repeated-failure":
        badge.textContent = format(this.texts, key, { goal: stuck.goal, times: stuck.times });
        break;
      case "crash-loop":
        badge.textContent = format(this.texts, key, { crashes: stuck.crashes });
        break;
    }
    return badge;
  }

  private timed(key: string, params: Record<string, string | number>, since: string | number, now: number): HTMLElement {
    const span = el("span", "", format(this.texts, key, { ...params, time: elapsed(since, now) }));
    span.dataset.since = String(since);
    span.dataset.key = key;
    span.dataset.params = JSON.stringify(params);
    return span;
  }

  private pick(text: { es: string; en: string }): string {
    return this.language === "en" ? text.en : text.es;
  }
}
