import { describe, expect, it } from "vitest";
import { GridView } from "./grid";
import { HistogramView } from "./histogram";
import { DashboardModel, type Row } from "./model";

const texts = {
  "dashboard.step": "Step {step}",
  "dashboard.state.asleep": "asleep in {call}() for {time}",
  "dashboard.state.done": "done",
  "dashboard.state.working": "working",
  "dashboard.state.not-started": "not started",
  "dashboard.state.failing": "failing “{goal}” ({times} times)",
  "dashboard.stuck.raised-hand": "Hand raised {time} ago",
  "dashboard.bar.ERRNO": "{name}",
  "dashboard.barStudents.one": "1 student: {names}",
  "dashboard.barStudents.other": "{count} students: {names}",
};

const columns = [
  { key: "l/0", lesson: "l", lessonTitle: { es: "L", en: "L" }, step: 0, title: { es: "a", en: "a" } },
  { key: "l/1", lesson: "l", lessonTitle: { es: "L", en: "L" }, step: 1, title: { es: "b", en: "b" } },
];

const row = (student: number, name: string, need: number, cells: Row["cells"], stuck: Row["stuck"] = []): Row =>
  ({ student, name, lesson: "l", step: 0, cells, stuck, need });

function setUp() {
  document.body.innerHTML = `<table><thead></thead><tbody></tbody></table><p id="empty"></p>
    <div id="steps"></div><div id="students" hidden></div>`;
  const model = new DashboardModel();
  const grid = new GridView(document.querySelector("table")!, document.getElementById("empty")!, texts, "en");
  const histogram = new HistogramView(document.getElementById("steps")!, document.getElementById("students")!, texts, "en");
  return { model, grid, histogram };
}

describe("the dashboard's grid", () => {
  it("on the projector, draws a name with nothing to act with", () => {
    document.body.innerHTML = `<table><thead></thead><tbody></tbody></table><p id="empty"></p>`;
    const model = new DashboardModel();
    const grid = new GridView(document.querySelector("table")!, document.getElementById("empty")!, texts, "en",
      () => {}, () => {}, (student) => `/classes/7/students/${student}`, false);
    model.apply({ type: "grid", classId: 7, columns, histogram: { steps: [] }, at: 0, rows: [
      row(71, "Student 1", 0, { "l/0": { state: "working" }, "l/1": { state: "not-started" } }),
    ] });
    grid.drawColumns(model);
    grid.drawRows(model, [71], [], 0);
    expect(document.querySelector("[data-testid=dashboard-student]")!.textContent).toBe("Student 1");
    expect(document.querySelectorAll(".dashboard-name button, .dashboard-name a")).toHaveLength(0);
  });

  it("links each student's row to their work, seen over their shoulder", () => {
    document.body.innerHTML = `<table><thead></thead><tbody></tbody></table><p id="empty"></p>`;
    const model = new DashboardModel();
    const grid = new GridView(document.querySelector("table")!, document.getElementById("empty")!,
      { ...texts, "dashboard.shoulder": "See their work", "dashboard.shoulderOf": "See {name}'s work, live" }, "en",
      () => {}, () => {}, (student) => `/classes/7/students/${student}`);
    model.apply({ type: "grid", classId: 7, columns, histogram: { steps: [] }, at: 0, rows: [
      row(71, "Ana", 0, { "l/0": { state: "working" }, "l/1": { state: "not-started" } }),
    ] });
    grid.drawColumns(model);
    grid.drawRows(model, [71], [], 0);
    const link = document.querySelector<HTMLAnchorElement>("[data-testid=dashboard-shoulder]")!;
    expect(link.getAttribute("href")).toBe("/classes/7/students/71");
    expect(link.textContent).toBe("See their work");
    expect(link.title).toBe("See Ana's work, live");
  });

  it("draws a row per student, who needs help first, each cell in words, the times ticking", () => {
    const { model, grid } = setUp();
    const now = Date.parse("2026-12-05T10:00:00Z");
    model.apply({ type: "grid", classId: 1, columns, histogram: { steps: [] }, at: now, rows: [
      row(1, "Ana", 0, { "l/0": { state: "done" }, "l/1": { state: "working" } }),
      row(2, "Luis", 10001, { "l/0": { state: "asleep", call: "accept", since: "2026-12-05T09:59:30Z" }, "l/1": { state: "not-started" } },
        [{ kind: "raised-hand", since: "2026-12-05T09:58:00Z" }]),
    ] });
    grid.drawColumns(model);
    grid.drawRows(model, [1, 2], [], now);
    const rows = [...document.querySelectorAll<HTMLElement>("[data-testid=dashboard-row]")];
    expect(rows.map((r) => r.querySelector("[data-testid=dashboard-student]")!.textContent)).toEqual(["Luis", "Ana"]);
    expect(document.querySelector("[data-lesson=l]")!.getAttribute("colspan")).toBe("2");
    expect(rows[0]!.querySelector("[data-column='l/0']")!.textContent).toBe("asleep in accept() for 30 s");
    expect(rows[0]!.querySelector("[data-testid=stuck-badge]")!.textContent).toBe("Hand raised 2 min ago");
    grid.tick(now + 60_000);
    expect(rows[0]!.querySelector("[data-column='l/0']")!.textContent).toBe("asleep in accept() for 1 min");
  });

  it("redraws only the rows a change names and moves them to their place", () => {
    const { model, grid } = setUp();
    model.apply({ type: "grid", classId: 1, columns, histogram: { steps: [] }, at: 0, rows: [
      row(1, "Ana", 0, { "l/0": { state: "working" }, "l/1": { state: "not-started" } }),
      row(2, "Luis", 0, { "l/0": { state: "working" }, "l/1": { state: "not-started" } }),
    ] });
    grid.drawColumns(model);
    grid.drawRows(model, [1, 2], [], 0);
    const luis = document.querySelector<HTMLElement>("[data-student='2']")!;
    model.apply({ type: "changes", classId: 1, removed: [], histogram: null, at: 1,
      rows: [row(1, "Ana", 10, { "l/0": { state: "failing", goal: "bind", times: 2 } })] });
    grid.drawRows(model, [1], [], 0);
    const rows = [...document.querySelectorAll<HTMLElement>("[data-testid=dashboard-row]")];
    expect(rows.map((r) => r.dataset.student)).toEqual(["1", "2"]);
    expect(rows[0]!.querySelector("[data-column='l/0']")!.textContent).toBe("failing “bind” (2 times)");
    expect(rows[0]!.querySelector("[data-column='l/1']")!.textContent).toBe("not started");
    expect(document.querySelector("[data-student='2']")).toBe(luis);
  });
});

describe("the class histogram", () => {
  it("opens a bar to the names of the students behind it", () => {
    const { model, histogram } = setUp();
    model.apply({ type: "grid", classId: 1, columns, at: 0,
      rows: [row(1, "Ana", 0, {}), row(2, "Luis", 0, {})],
      histogram: { steps: [{ lesson: "l", step: 0, bars: [{ kind: "ERRNO", name: "EADDRINUSE", students: [1, 2] }] }] } });
    histogram.draw(model);
    const bar = document.querySelector<HTMLButtonElement>("[data-testid=histogram-bar]")!;
    expect(bar.textContent).toContain("EADDRINUSE");
    expect(document.querySelector("#steps h3")!.textContent).toBe("L · Step 1");
    bar.click();
    const students = document.getElementById("students")!;
    expect(students.hidden).toBe(false);
    expect(students.textContent).toBe("2 students: Ana, Luis");
  });
});
