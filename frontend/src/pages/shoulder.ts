// Over a student's shoulder (/classes/{id}/students/{studentId}): the workbench, read-only, drawing
// the student's sandbox from what the server forwards on /user/queue/shoulder — the same events,
// tables and consoles their own pages get — and the files of the lesson they are on.

import { format, readTexts } from "../messages";
import { shoulderNotice, type ShoulderMessage } from "../shoulder/notice";
import { mountWorkbench } from "../workbench/mount";

const texts = readTexts();
const page = JSON.parse(document.getElementById("enchufe-shoulder")?.textContent ?? "{}") as { classId: number; student: number };
const notice = document.querySelector<HTMLElement>("[data-testid=shoulder-problem]")!;
// The workbench's own "run a file" is said to the student; here it is about them.
const noConsoles = document.querySelector<HTMLElement>("[data-testid=consoles-empty]");
if (noConsoles) noConsoles.textContent = format(texts, "shoulder.noConsoles");

mountWorkbench(document.getElementById("workbench")!, {
  texts,
  files: [],
  lessonFiles: true,
  readOnly: {
    queue: "/user/queue/shoulder",
    watch: (connection) => connection.send("/app/classes/shoulder", { classId: page.classId, student: page.student }),
    // The classroom's own answers share the queue: whom the page watches, or why it may not.
    handle: (message) => {
      const shown = shoulderNotice(texts, message as ShoulderMessage);
      if (shown === undefined) return false;
      notice.hidden = shown === null;
      notice.textContent = shown ?? "";
      return true;
    },
  },
});
