// An instructor's live dashboard of one class (/classes/{id}): the grid and the histogram arrive
// over STOMP — the whole grid when the page starts watching, then only what changed, a few times
// a second at most.

import { GridView } from "../dashboard/grid";
import { HistogramView } from "../dashboard/histogram";
import { type DashboardMessage, DashboardModel } from "../dashboard/model";
import { Pseudonyms } from "../dashboard/pseudonyms";
import { format, formatCount, readTexts } from "../messages";
import { connect, type ConnectionState } from "../stomp/connection";

const texts = readTexts();
const language = document.documentElement.lang === "en" ? "en" : "es";
const page = JSON.parse(document.getElementById("enchufe-dashboard")?.textContent ?? "{}") as { classId: number; projector?: boolean };
// The projector view (/classes/{id}/projector): large type, pseudonyms for names, nothing to act with.
const projector = page.projector === true;
document.documentElement.classList.toggle("projector", projector);
const pseudonyms = projector ? new Pseudonyms(texts) : null;
const $ = <T extends HTMLElement>(testId: string): T => document.querySelector<T>(`[data-testid=${testId}]`)!;

const model = new DashboardModel();

// Whom a message goes to: the whole class, a student whose name was clicked, or the students behind
// the histogram bar opened.
let target: number[] = [];

function showTarget(students: number[]): void {
  target = students;
  $("note-target").textContent = students.length === 0 ? format(texts, "dashboard.target.class")
    : formatCount(texts, "dashboard.target.students", students.length, { names: students.map((s) => model.nameOf(s)).join(", ") });
}

const grid = new GridView($<HTMLTableElement>("dashboard-grid"), $("dashboard-empty"), texts, language,
  (student) => showTarget([student]),
  (student) => {
    if (window.confirm(format(texts, "dashboard.resetConfirm", { name: model.nameOf(student) }))) {
      connection.send("/app/classes/reset", { classId: page.classId, student });
    }
  },
  (student) => `/classes/${page.classId}/students/${student}`, !projector);
const histogramRoot = $("dashboard-histogram");
const histogram = new HistogramView(histogramRoot.querySelector<HTMLElement>(".histogram-steps")!, $("histogram-students"), texts, language,
  (students) => { if (!projector) showTarget(students ?? []); });

function onMessage(received: DashboardMessage): void {
  const message = pseudonyms ? pseudonyms.hide(received) : received;
  if (message.type === "note-sent") {
    $("note-sent").textContent = formatCount(texts, "dashboard.noteSent", message.students);
    $<HTMLTextAreaElement>("note-text").value = "";
    return;
  }
  if (message.type === "sandbox-reset") {
    $("note-sent").textContent = format(texts, "dashboard.resetDone", { name: model.nameOf(message.student) });
    return;
  }
  if (message.type === "problem") {
    const box = $("dashboard-problem");
    box.textContent = format(texts, `dashboard.problem.${message.code}`);
    box.hidden = false;
    return;
  }
  if (message.classId !== page.classId) return;
  const applied = model.apply(message);
  if (applied.columns) grid.drawColumns(model);
  grid.drawRows(model, applied.rows, applied.removed, Date.now());
  if (applied.histogram) histogram.draw(model);
  document.body.dataset.dashboardUpdates = String(Number(document.body.dataset.dashboardUpdates ?? 0) + 1);
}

function showState(state: ConnectionState): void {
  const status = $("connection");
  status.dataset.state = state;
  status.textContent = format(texts, `status.${state}`);
}

const connection = connect({
  onState: (state) => {
    showState(state);
    if (state === "connected") connection.send("/app/classes/watch", { classId: page.classId });
  },
  subscriptions: { "/user/queue/dashboard": (body) => onMessage(body as DashboardMessage) },
});

document.querySelector("[data-testid=note-form]")?.addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $<HTMLTextAreaElement>("note-text").value.trim();
  if (text) connection.send("/app/classes/note", { classId: page.classId, students: target, text });
});
document.querySelector("[data-testid=note-class]")?.addEventListener("click", () => showTarget([]));

setInterval(() => grid.tick(Date.now()), 1000);
