// The dashboard's state, no DOM: the grid a `grid` message gives, kept up to date by the `changes`
// messages (only what changed), and the rows in the order the instructor reads them: who needs
// help most first.

export type Cell =
  | { state: "not-started" }
  | { state: "working" }
  | { state: "asleep"; call: string; since: string | number }
  | { state: "failing"; goal: string; times: number }
  | { state: "done" };

export type Stuck =
  | { kind: "raised-hand"; since: string | number }
  | { kind: "repeated-failure"; lesson: string; goal: string; times: number }
  | { kind: "lonely-accept"; pid: number; since: string | number }
  | { kind: "recv-deadlock"; pids: number[]; since: string | number }
  | { kind: "crash-loop"; crashes: number };

export interface Bilingual { es: string; en: string }

export interface Column { key: string; lesson: string; lessonTitle: Bilingual; step: number; title: Bilingual }

export interface Row {
  student: number; name: string; lesson: string | null; step: number;
  cells: Record<string, Cell>; stuck: Stuck[]; need: number;
}

export interface Bar { kind: "ERRNO" | "MISCONCEPTION"; name: string; students: number[] }
export interface StepBars { lesson: string; step: number; bars: Bar[] }
export interface Histogram { steps: StepBars[] }

export type DashboardMessage =
  | { type: "grid"; classId: number; columns: Column[]; rows: Row[]; histogram: Histogram; at: number }
  | { type: "changes"; classId: number; rows: Row[]; removed: number[]; histogram: Histogram | null; at: number }
  | { type: "problem"; code: string }
  | { type: "note-sent"; students: number }
  | { type: "sandbox-reset"; student: number };

/** What one message changed: the students whose rows to redraw, whether the columns or histogram did. */
export interface Applied { rows: number[]; columns: boolean; histogram: boolean; removed: number[] }

export class DashboardModel {
  columns: Column[] = [];
  readonly rows = new Map<number, Row>();
  histogram: Histogram = { steps: [] };

  apply(message: DashboardMessage): Applied {
    const applied: Applied = { rows: [], columns: false, histogram: false, removed: [] };
    if (message.type === "grid") {
      this.columns = message.columns;
      this.rows.clear();
      for (const row of message.rows) this.rows.set(row.student, row);
      this.histogram = message.histogram;
      return { rows: message.rows.map((r) => r.student), columns: true, histogram: true, removed: [] };
    }
    if (message.type !== "changes") return applied;
    for (const change of message.rows) {
      const old = this.rows.get(change.student);
      this.rows.set(change.student, { ...change, cells: { ...(old?.cells ?? {}), ...change.cells } });
      applied.rows.push(change.student);
    }
    for (const id of message.removed) {
      this.rows.delete(id);
      applied.removed.push(id);
    }
    if (message.histogram) {
      this.histogram = message.histogram;
      applied.histogram = true;
    }
    return applied;
  }

  /** Every row, who needs help most first; equal need by name. */
  sorted(): Row[] {
    return [...this.rows.values()].sort((a, b) => b.need - a.need || a.name.localeCompare(b.name));
  }

  nameOf(student: number): string {
    return this.rows.get(student)?.name ?? `#${student}`;
  }
}

/** A moment the server sent (an ISO instant or epoch milliseconds) as epoch milliseconds. */
export function millis(at: string | number): number {
  return typeof at === "number" ? (at < 1e11 ? at * 1000 : at) : Date.parse(at);
}

/** "45 s", "3 min", "1 h 5 min": how long ago {@code since} was at {@code now}. */
export function elapsed(since: string | number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - millis(since)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
