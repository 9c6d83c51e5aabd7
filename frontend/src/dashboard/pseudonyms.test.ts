import { describe, expect, it } from "vitest";
import type { Row } from "./model";
import { Pseudonyms } from "./pseudonyms";

const texts = { "dashboard.pseudonym": "Student {number}" };
const row = (student: number, name: string): Row => ({ student, name, lesson: "l", step: 0, cells: {}, stuck: [], need: 0 });
const histogram = { steps: [] };

describe("the projector's pseudonyms", () => {
  it("numbers students in the order they joined, whatever their names or the grid's order", () => {
    const names = new Pseudonyms(texts);
    const grid = names.hide({ type: "grid", classId: 1, columns: [], histogram, at: 0,
      rows: [row(30, "Zoe"), row(10, "Luis"), row(20, "Ana")] });
    expect(grid.type === "grid" && grid.rows.map((r) => [r.student, r.name])).toEqual([
      [30, "Student 3"], [10, "Student 1"], [20, "Student 2"]]);
    expect(JSON.stringify(grid)).not.toMatch(/Zoe|Luis|Ana/);
  });

  it("keeps each number while changes come, and gives a newcomer the next", () => {
    const names = new Pseudonyms(texts);
    names.hide({ type: "grid", classId: 1, columns: [], histogram, at: 0, rows: [row(10, "Luis"), row(20, "Ana")] });
    const changes = names.hide({ type: "changes", classId: 1, removed: [], histogram: null, at: 1,
      rows: [row(40, "Eva"), row(20, "Ana María")] });
    expect(changes.type === "changes" && changes.rows.map((r) => r.name)).toEqual(["Student 3", "Student 2"]);
    expect(names.of(10)).toBe("Student 1");
  });

  it("does not depend on the name: the same students with other names get the same numbers", () => {
    const one = new Pseudonyms(texts).hide({ type: "grid", classId: 1, columns: [], histogram, at: 0, rows: [row(1, "A"), row(2, "B")] });
    const two = new Pseudonyms(texts).hide({ type: "grid", classId: 1, columns: [], histogram, at: 0, rows: [row(1, "B"), row(2, "A")] });
    expect(one).toEqual({ ...two, rows: two.type === "grid" ? two.rows : [] });
  });
});
