// The class histogram: per lesson step, one bar per errno or misconception tag, as long as the
// number of students behind it; a bar opens the list of those students.

import { format, formatCount, type Texts } from "../messages";
import { el } from "../workbench/dom";
import type { DashboardModel } from "./model";

export class HistogramView {
  private opened: string | null = null;

  constructor(private readonly steps: HTMLElement, private readonly students: HTMLElement, private readonly texts: Texts,
              private readonly language: string,
              /** Told the students of the bar opened, or null when none is. */
              private readonly onOpen: (students: number[] | null) => void = () => {}) {}

  draw(model: DashboardModel): void {
    this.steps.replaceChildren();
    const most = Math.max(1, ...model.histogram.steps.flatMap((s) => s.bars.map((b) => b.students.length)));
    for (const step of model.histogram.steps) {
      const section = el("div", "histogram-step", undefined, { "data-testid": "histogram-step" });
      const column = model.columns.find((c) => c.lesson === step.lesson && c.step === step.step);
      const lesson = column ? (this.language === "en" ? column.lessonTitle.en : column.lessonTitle.es) : step.lesson;
      section.append(el("h3", "", `${lesson} · ${format(this.texts, "dashboard.step", { step: step.step + 1 })}`));
      for (const bar of step.bars) {
        const id = `${step.lesson}/${step.step}/${bar.kind}/${bar.name}`;
        const b = el("button", `histogram-bar bar-${bar.kind.toLowerCase()}`, undefined,
          { type: "button", "data-testid": "histogram-bar", "data-bar": id, "aria-expanded": String(this.opened === id) });
        const fill = el("span", "histogram-fill");
        fill.style.width = `${(100 * bar.students.length) / most}%`;
        b.append(el("span", "histogram-label", format(this.texts, `dashboard.bar.${bar.kind}`, { name: bar.name })),
          fill, el("span", "histogram-count", String(bar.students.length)));
        b.addEventListener("click", () => {
          this.opened = this.opened === id ? null : id;
          this.draw(model);
          this.onOpen(this.opened === id ? bar.students : null);
        });
        section.append(b);
        if (this.opened === id) this.showStudents(model, bar.students);
      }
      this.steps.append(section);
    }
    if (model.histogram.steps.length === 0) this.steps.append(el("p", "empty", format(this.texts, "dashboard.noBars")));
    const bars = [...this.steps.querySelectorAll<HTMLElement>("[data-bar]")];
    if (this.opened === null || !bars.some((b) => b.dataset.bar === this.opened)) {
      this.opened = null;
      this.students.hidden = true;
    }
  }

  private showStudents(model: DashboardModel, students: number[]): void {
    const names = students.map((s) => model.nameOf(s));
    this.students.textContent = formatCount(this.texts, "dashboard.barStudents", names.length, { names: names.join(", ") });
    this.students.hidden = false;
  }
}
