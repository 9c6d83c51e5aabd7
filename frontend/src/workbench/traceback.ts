// The frames of a Python traceback a console shows: `  File "servidor.py", line 4, in <module>`.
// Each names a file and a line; the console links them to the editor, and the innermost frame of a
// file of the workspace is marked in it.

export interface TracebackFrame {
  file: string;
  line: number;
  /** Where the frame's text starts and ends in the text it was read from. */
  start: number;
  end: number;
}

const FRAME = /^ {2}File "([^"\n]+)", line (\d+)/gm;

/** Every frame named in {@code text}, in order (outermost first, as Python prints them). */
export function tracebackFrames(text: string): TracebackFrame[] {
  const frames: TracebackFrame[] = [];
  for (const match of text.matchAll(FRAME)) {
    const start = match.index + 2;
    frames.push({ file: match[1]!, line: Number(match[2]), start, end: match.index + match[0].length });
  }
  return frames;
}

/** The innermost frame that is in one of {@code files}: the line to mark in the editor. */
export function failingLine(text: string, files: readonly string[]): TracebackFrame | null {
  const frames = tracebackFrames(text).filter((f) => files.includes(f.file));
  return frames[frames.length - 1] ?? null;
}
