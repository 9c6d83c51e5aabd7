// The free sandbox page: the workbench with the workspace's files, its commands the sandbox's.

import { readTexts } from "../messages";
import { mountWorkbench } from "../workbench/mount";
import type { FileView } from "../workbench/protocol";

mountWorkbench(document.getElementById("workbench")!, {
  texts: readTexts(),
  files: JSON.parse(document.getElementById("enchufe-files")?.textContent ?? "[]") as FileView[],
});
