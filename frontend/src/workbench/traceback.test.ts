import { describe, expect, it } from "vitest";
import { failingLine, tracebackFrames } from "./traceback";

const TRACEBACK = `Traceback (most recent call last):
  File "servidor.py", line 9, in <module>
    atender()
  File "servidor.py", line 4, in atender
    s.bind(('127.0.0.1', 5000))
OSError: [Errno 98] Address already in use
`;

describe("tracebackFrames", () => {
  it("finds each frame's file and line where the text names them", () => {
    const frames = tracebackFrames(TRACEBACK);
    expect(frames.map((f) => [f.file, f.line])).toEqual([["servidor.py", 9], ["servidor.py", 4]]);
    expect(TRACEBACK.slice(frames[1]!.start, frames[1]!.end)).toBe('File "servidor.py", line 4');
  });

  it("reads a syntax error's frame, which names no function", () => {
    expect(tracebackFrames('  File "cliente.py", line 3\n    if x\n        ^\nSyntaxError: expected \':\'\n')
      .map((f) => f.line)).toEqual([3]);
  });
});

describe("failingLine", () => {
  it("is the innermost frame in a file of the workspace", () => {
    expect(failingLine(TRACEBACK, ["servidor.py"])?.line).toBe(4);
    expect(failingLine(TRACEBACK, ["cliente.py"])).toBeNull();
    expect(failingLine("hola\n", ["servidor.py"])).toBeNull();
  });
});
