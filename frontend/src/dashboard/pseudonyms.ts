// The projector view's names: each student is "Student N", numbered in the order they joined the
// class (their ids ascend with it), so a number stays with a student while the page is open and
// across reloads, and says nothing of the name. Applied to the server's messages before the model
// sees them: the grid, the histogram's students and everything else draw only the pseudonym.

import { format, type Texts } from "../messages";
import type { DashboardMessage } from "./model";

export class Pseudonyms {
  private readonly numbers = new Map<number, number>();

  constructor(private readonly texts: Texts) {}

  /** The message with every student's name replaced by their pseudonym. */
  hide(message: DashboardMessage): DashboardMessage {
    if (message.type !== "grid" && message.type !== "changes") return message;
    // Numbered by id: who joined first is Student 1; a newcomer takes the next number.
    for (const id of message.rows.map((r) => r.student).sort((a, b) => a - b)) {
      if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
    }
    return { ...message, rows: message.rows.map((r) => ({ ...r, name: this.of(r.student) })) };
  }

  of(student: number): string {
    return format(this.texts, "dashboard.pseudonym", { number: this.numbers.get(student) ?? "?" });
  }
}
