import { describe, expect, it } from "vitest";
import { DashboardModel, elapsed, type Row } from "./model";

const row = (student: number, name: string, need: number, cells: Row["cells"] = {}): Row =>
  ({ student, name, lesson: "l", step: 0, cells, stuck: [], need });

describe("the dashboard's model", () => {
  it("keeps cells a change did not carry and takes those it did", () => {
    const model = new DashboardModel();
    model.apply({ type: "grid", classId: 1, columns: [], histogram: { steps: [] }, at: 0,
      rows: [row(1, "Ana", 0, { "l/0": { state: "working" }, "l/1": { state: "not-started" } })] });
    const applied = model.apply({ type: "changes", classId: 1, removed: [], histogram: null, at: 1,
      rows: [row(1, "Ana", 10, { "l/1": { state: "failing", goal: "bind", times: 2 } })] });
    expect(applied.rows).toEqual([1]);
    expect(applied.histogram).toBe(false);
    expect(model.rows.get(1)!.cells).toEqual({ "l/0": { state: "working" }, "l/1": { state: "failing", goal: "bind", times: 2 } });
  });

  it("puts who needs help most first, then by name", () => {
    const model = new DashboardModel();
    model.apply({ type: "grid", classId: 1, columns: [], histogram: { steps: [] }, at: 0,
      rows: [row(1, "Eva", 0), row(2, "Ana", 0), row(3, "Luis", 10000)] });
    expect(model.sorted().map((r) => r.name)).toEqual(["Luis", "Ana", "Eva"]);
  });

  it("drops the students a change removed", () => {
    const model = new DashboardModel();
    model.apply({ type: "grid", classId: 1, columns: [], histogram: { steps: [] }, at: 0, rows: [row(1, "Eva", 0)] });
    model.apply({ type: "changes", classId: 1, rows: [], removed: [1], histogram: null, at: 1 });
    expect(model.rows.size).toBe(0);
  });

  it("says how long ago a moment was", () => {
    const now = Date.parse("2026-12-05T10:00:00Z");
    expect(elapsed("2026-12-05T09:59:15Z", now)).toBe("45 s");
    expect(elapsed("2026-12-05T09:57:00Z", now)).toBe("3 min");
    expect(elapsed("2026-12-05T08:55:00Z", now)).toBe("1 h 5 min");
  });
});
