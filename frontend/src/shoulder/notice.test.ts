import { describe, expect, it } from "vitest";
import { shoulderNotice } from "./notice";

const texts = {
  "shoulder.problem.forbidden": "You may not see this student's work.",
  "shoulder.problem.no-such-student": "That student is no longer in the class.",
};

describe("the shoulder page's notices", () => {
  it("clears the notice once the page watches", () => {
    expect(shoulderNotice(texts, { type: "watching", classId: 1, student: 2, name: "Luis" })).toBeNull();
  });

  it("says a refusal in the instructor's language", () => {
    expect(shoulderNotice(texts, { type: "problem", code: "forbidden" })).toBe("You may not see this student's work.");
    expect(shoulderNotice(texts, { type: "problem", code: "no-such-student" })).toBe("That student is no longer in the class.");
  });

  it("leaves the student's workbench messages to the workbench", () => {
    expect(shoulderNotice(texts, { type: "events" })).toBeUndefined();
    expect(shoulderNotice(texts, { type: "state" })).toBeUndefined();
  });
});
