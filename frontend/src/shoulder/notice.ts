// What the classroom says on the shoulder queue beside the student's workbench messages: whom the
// page watches (nothing to show), or why it may not (shown in the instructor's language).

import { format, type Texts } from "../messages";

export type ShoulderMessage =
  | { type: "watching"; classId: number; student: number; name: string }
  | { type: "problem"; code: string }
  | { type: string };

/**
 * The notice for {@code message}: null to clear it (the page watches), a text for a refusal, or
 * undefined when the message is not the classroom's (a workbench message, for the workbench).
 */
export function shoulderNotice(texts: Texts, message: ShoulderMessage): string | null | undefined {
  if (message.type === "watching") return null;
  if (message.type === "problem" && "code" in message) return format(texts, `shoulder.problem.${message.code}`);
  return undefined;
}
