// A lesson page: the step's text and goals beside the workbench with the student's lesson files.
// Run and saves go to /app/lesson/…; the goals' verdicts and the hints come on /user/queue/lesson,
// ticking as the student's programs make them hold (the checker runs on the server).

import { format, readTexts } from "../messages";
import { mountWorkbench } from "../workbench/mount";
import { el } from "../workbench/dom";
import type { FileView } from "../workbench/protocol";
import { CheckerMarks } from "../lesson/checker";
import { renderGoals, renderHints, type LessonMessage } from "../lesson/goals";
import { SequenceView } from "../lesson/sequence";
import { TimelineView } from "../lesson/timeline";

interface LessonPage {
  lesson: string;
  steps: number;
  step: number;
  goals: string[];
  /** Pictures the lesson adds: "sequence", the stream scenario drawn from the student's trace; "timeline", each connection's service. */
  views?: string[];
}

const texts = readTexts();
const page = JSON.parse(document.getElementById("enchufe-lesson")?.textContent ?? "{}") as LessonPage;
const language = document.documentElement.lang === "en" ? "en" : "es";
const lesson = page.lesson;
const $ = <T extends HTMLElement>(testId: string): T => document.querySelector<T>(`[data-testid=${testId}]`)!;

const workbenchRoot = document.getElementById("workbench")!;
const checker = new CheckerMarks(workbenchRoot, format(texts, "lesson.checkerProcess"));
const sequenceRoot = document.querySelector<HTMLElement>("[data-testid=sequence]");
const sequence = sequenceRoot && (page.views ?? []).includes("sequence")
  ? new SequenceView(sequenceRoot.querySelector<HTMLElement>("[data-testid=sequence-svg]")!,
    sequenceRoot.querySelector<HTMLElement>("[data-testid=sequence-empty]")!, texts, (file, line) => showSource(file, line))
  : null;

const timelineRoot = document.querySelector<HTMLElement>("[data-testid=timeline]");
const timeline = timelineRoot && (page.views ?? []).includes("timeline")
  ? new TimelineView(timelineRoot.querySelector<HTMLElement>("[data-testid=timeline-panels]")!,
    timelineRoot.querySelector<HTMLElement>("[data-testid=timeline-empty]")!, texts)
  : null;

const workbench = mountWorkbench(workbenchRoot, {
  texts,
  files: JSON.parse(document.getElementById("enchufe-files")?.textContent ?? "[]") as FileView[],
  lessonFiles: true,
  commands: {
    run: (file, source, step) => ["/app/lesson/run", { lesson, file, source, step }],
    save: (file, source) => ["/app/lesson/save", { lesson, file, source }],
  },
  subscriptions: { "/user/queue/lesson": (body) => onLesson(body as LessonMessage) },
  onConnected: (connection) => connection.send("/app/lesson/hello", { lesson }),
  onEvents: (events, reset) => {
    checker.see(events, reset);
    sequence?.see(events, reset);
    timeline?.see(events, reset);
  },
});

/** A trace row's source line, from a failed goal or the sequence diagram: the editor shows it. */
function showSource(file: string, line: number): void {
  if (!workbench.showSource(file, line)) workbench.showProblem("not-a-lesson-file", { name: file });
}

let checkRunning = false;
let checksDone = 0;

function onLesson(message: LessonMessage): void {
  if (message.type === "problem") {
    const box = $("lesson-problem");
    box.textContent = format(texts, `problem.${message.code}`, message.args);
    box.hidden = false;
    return;
  }
  if (message.type === "note") {
    const note = $("instructor-note");
    note.replaceChildren(el("strong", "", format(texts, "lesson.note")), document.createTextNode(` ${message.text}`));
    note.hidden = false;
    return;
  }
  if ("lesson" in message && message.lesson !== lesson) return;
  switch (message.type) {
    case "goals":
      renderGoals(document, message.goals, texts, language, showSource);
      $("lesson-score").textContent = format(texts, "lesson.score", {
        passed: message.goals.filter((g) => g.status === "PASSED").length,
        total: message.goals.length,
      });
      markStepsDone();
      break;
    case "hints":
      renderHints($("hints"), $("hints-empty"), message.hints, texts, language, (errno) => workbench.explain(errno));
      break;
    case "checking":
      $("checking").hidden = !message.running;
      $<HTMLButtonElement>("check").toggleAttribute("aria-busy", message.running);
      // How many Checks this page saw end: what a test (or a screen reader's live region) waits on.
      if (checkRunning && !message.running) $("check").dataset.checksDone = String(++checksDone);
      checkRunning = message.running;
      break;
    case "hand":
      showHand(message.raised);
      break;
  }
}

// ------------------------------------------------------------------ the raised hand
let handRaised = false;

/** The hand as the server says it is: the button lowers it while it is up; the class's dashboard shows it. */
function showHand(raised: boolean): void {
  handRaised = raised;
  const button = $<HTMLButtonElement>("hand");
  button.setAttribute("aria-pressed", String(raised));
  button.textContent = format(texts, raised ? "lesson.hand.lower" : "lesson.hand.raise");
  $("hand-status").hidden = !raised;
}

$("hand").addEventListener("click", () => workbench.connection.send("/app/lesson/hand", { lesson, raised: !handRaised }));

// ------------------------------------------------------------------ steps
let step = page.step;

function showStep(n: number, remember: boolean): void {
  step = Math.min(Math.max(1, n), page.steps);
  for (const article of document.querySelectorAll<HTMLElement>("[data-testid=lesson-step]")) {
    article.hidden = Number(article.dataset.step) !== step;
  }
  for (const link of document.querySelectorAll<HTMLElement>("[data-testid=step-link]")) {
    link.setAttribute("aria-current", Number(link.dataset.step) === step ? "step" : "false");
  }
  markStepsDone();
  $<HTMLButtonElement>("prev-step").disabled = step <= 1;
  $<HTMLButtonElement>("next-step").disabled = step >= page.steps;
  if (remember) workbench.connection.send("/app/lesson/step", { lesson, step: step - 1 });
}

/** A step whose goals are all met is marked done; when it is the one shown, "Next step" is the thing to press. */
function markStepsDone(): void {
  for (const article of document.querySelectorAll<HTMLElement>("[data-testid=lesson-step]")) {
    const goals = [...article.querySelectorAll<HTMLElement>("[data-goal]")];
    const done = goals.length > 0 && goals.every((g) => g.dataset.status === "PASSED");
    const number = Number(article.dataset.step);
    document.querySelector(`[data-testid=step-link][data-step="${number}"]`)?.classList.toggle("step-done", done);
    if (number === step) $("next-step").classList.toggle("primary", done && step < page.steps);
  }
}

$("prev-step").addEventListener("click", () => showStep(step - 1, true));
$("next-step").addEventListener("click", () => showStep(step + 1, true));
for (const link of document.querySelectorAll<HTMLElement>("[data-testid=step-link]")) {
  link.addEventListener("click", () => showStep(Number(link.dataset.step), true));
}
$("check").addEventListener("click", () => {
  $("lesson-problem").hidden = true;
  workbench.connection.send("/app/lesson/check", { lesson });
});
$("stuck").addEventListener("click", () => workbench.connection.send("/app/lesson/hint", { lesson }));
showStep(step, false);
