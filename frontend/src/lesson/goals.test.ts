import { describe, expect, it } from "vitest";
import { renderGoals, renderHints } from "./goals";

const hostile = "<img src=x onerror=alert(1)>";
const texts = { "lesson.PASSED": "met", "lesson.FAILED": "not met", "lesson.PENDING": "pending",
  "lesson.expected": "Expected:", "lesson.happened": "What happened:", "lesson.hintTier": "Tier {tier} hint",
  "lesson.errnoLink": "What is {errno}?", "lesson.rowLine": "{file}, line {line}", line: "line {line}" };

function goalItem(id: string): HTMLElement {
  const li = document.createElement("li");
  li.dataset.goal = id;
  li.dataset.status = "PENDING";
  li.innerHTML = '<span data-testid="goal-state"></span><div data-testid="goal-why" hidden></div>';
  return li;
}

describe("a lesson's goals and hints", () => {
  it("mark each goal with its state, and say why a failed one failed, as text", () => {
    const root = document.createElement("ul");
    const shown: string[] = [];
    root.append(goalItem("eacces"), goalItem("einval"));
    renderGoals(root, [
      { id: "eacces", status: "PASSED", expected: null, happened: null, rows: [] },
      { id: "einval", status: "FAILED", expected: { es: "x", en: "a second bind()" }, happened: { es: "y", en: hostile },
        rows: [{ seq: 7, pid: 1000, file: "puertos.py", line: 4, text: hostile },
          { seq: 9, pid: 1000, file: "puertos.py", line: null, text: "exited" }] },
      { id: "unknown", status: "PASSED", expected: null, happened: null, rows: [] },
    ], texts, "en", (file, line) => shown.push(`${file}:${line}`));
    const eacces = root.children[0] as HTMLElement;
    const einval = root.children[1] as HTMLElement;
    expect(eacces.dataset.status).toBe("PASSED");
    expect(eacces.querySelector("[data-testid=goal-state]")!.textContent).toBe("met");
    expect(einval.dataset.status).toBe("FAILED");
    const why = einval.querySelector<HTMLElement>("[data-testid=goal-why]")!;
    expect(why.hidden).toBe(false);
    expect(why.textContent).toContain("Expected: a second bind()");
    expect(why.textContent).toContain("puertos.py, line 4 1000 · " + hostile);
    expect(why.querySelector("img")).toBeNull();
    // A row with a source line links to it; one without has no link.
    const links = why.querySelectorAll<HTMLButtonElement>("[data-testid=goal-row-line]");
    expect(links).toHaveLength(1);
    links[0]!.click();
    expect(shown).toEqual(["puertos.py:4"]);
  });

  it("list the hints in the page's language, each errno a button to its explanation", () => {
    const list = document.createElement("ol");
    const empty = document.createElement("p");
    const explained: string[] = [];
    renderHints(list, empty, [{ id: "pista", tier: 1, text: { es: "Otro socket ya tiene ese puerto.", en: hostile },
      errno: "EADDRINUSE" }], texts, "es", (errno) => explained.push(errno));
    expect(list.textContent).toContain("Tier 1 hint");
    expect(list.textContent).toContain("Otro socket ya tiene ese puerto.");
    expect(empty.hidden).toBe(true);
    list.querySelector<HTMLButtonElement>("[data-testid=hint-errno]")!.click();
    expect(explained).toEqual(["EADDRINUSE"]);
    renderHints(list, empty, [], texts, "en", () => undefined);
    expect(empty.hidden).toBe(false);
  });
});
