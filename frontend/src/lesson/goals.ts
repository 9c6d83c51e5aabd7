// The lesson's goals and hints as the server says them: a goal's mark and state, and for a goal a
// Check failed, what was expected and what happened; the hints shown so far, in the page's language.

import { format, type Texts } from "../messages";

export interface Bilingual {
  es: string;
  en: string;
}

export interface GoalView {
  id: string;
  status: "PASSED" | "FAILED" | "PENDING";
  expected: Bilingual | null;
  happened: Bilingual | null;
  /** The trace rows that decided it; {@code file}: the lesson file the row's process runs (null: not known). */
  rows: { seq: number; pid: number; file: string | null; line: number | null; text: string }[];
}

export interface HintView {
  id: string;
  tier: number;
  text: Bilingual;
  errno: string | null;
}

export type LessonMessage =
  | { type: "goals"; lesson: string; goals: GoalView[]; score: number }
  | { type: "hints"; lesson: string; hints: HintView[] }
  | { type: "checking"; lesson: string; running: boolean }
  | { type: "hand"; lesson: string; raised: boolean }
  | { type: "note"; text: string; at: number }
  | { type: "problem"; code: string; args: Record<string, string | number> };

const pick = (text: Bilingual | null, language: string): string =>
  text === null ? "" : language === "en" ? text.en : text.es;

/**
 * Marks each goal of the page ([data-goal]) with its state; a failed one says why, its trace rows
 * with a source line a button that opens that line in the editor ({@code showSource}).
 */
export function renderGoals(root: ParentNode, goals: GoalView[], texts: Texts, language: string,
                            showSource: (file: string, line: number) => void = () => {}): void {
  const items = new Map<string, HTMLElement>();
  for (const item of root.querySelectorAll<HTMLElement>("[data-goal]")) items.set(item.dataset.goal!, item);
  for (const goal of goals) {
    const item = items.get(goal.id);
    if (!item) continue;
    item.dataset.status = goal.status;
    item.querySelector("[data-testid=goal-state]")!.textContent = format(texts, `lesson.${goal.status}`);
    const why = item.querySelector<HTMLElement>("[data-testid=goal-why]")!;
    if (goal.status === "FAILED" && goal.happened !== null) {
      const expected = document.createElement("p");
      expected.textContent = `${format(texts, "lesson.expected")} ${pick(goal.expected, language)}`;
      const happened = document.createElement("p");
      happened.textContent = `${format(texts, "lesson.happened")} ${pick(goal.happened, language)}`;
      const rows = document.createElement("ol");
      rows.className = "goal-rows";
      for (const row of goal.rows) rows.append(goalRow(row, texts, showSource));
      why.replaceChildren(expected, happened, rows);
      why.hidden = false;
    } else {
      why.replaceChildren();
      why.hidden = true;
    }
  }
}

/** One trace row of a failed goal: its text, and where its source line is known, a link to it. */
function goalRow(row: GoalView["rows"][number], texts: Texts, showSource: (file: string, line: number) => void): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.testid = "goal-row";
  const text = document.createElement("code");
  text.textContent = `${row.pid} · ${row.text}`;
  if (row.line === null || row.file === null) {
    li.append(text);
    return li;
  }
  const file = row.file;
  const line = row.line;
  const link = document.createElement("button");
  link.type = "button";
  link.className = "small line-link";
  link.dataset.testid = "goal-row-line";
  link.textContent = format(texts, "lesson.rowLine", { file, line });
  link.addEventListener("click", () => showSource(file, line));
  li.append(link, " ", text);
  return li;
}

/** The hints shown so far, lowest tier first as they came. */
export function renderHints(list: HTMLElement, empty: HTMLElement, hints: HintView[], texts: Texts, language: string,
                            explain: (errno: string) => void): void {
  list.replaceChildren(...hints.map((hint) => {
    const item = document.createElement("li");
    item.className = "hint";
    item.dataset.testid = "hint";
    item.dataset.hint = hint.id;
    const tier = document.createElement("span");
    tier.className = "hint-tier";
    tier.textContent = format(texts, "lesson.hintTier", { tier: hint.tier });
    const text = document.createElement("p");
    text.textContent = pick(hint.text, language);
    item.append(tier, text);
    if (hint.errno !== null) {
      const errno = hint.errno;
      const link = document.createElement("button");
      link.type = "button";
      link.className = "small hint-errno";
      link.dataset.testid = "hint-errno";
      link.textContent = format(texts, "lesson.errnoLink", { errno });
      link.addEventListener("click", () => explain(errno));
      item.append(link);
    }
    return item;
  }));
  empty.hidden = hints.length > 0;
}
