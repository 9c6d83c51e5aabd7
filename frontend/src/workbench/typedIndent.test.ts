import { insertNewlineAndIndent } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { indentUnit } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { describe, expect, it } from "vitest";
import { typedIndentation } from "./typedIndent";

// A view measures itself on the next animation frame, which jsdom cannot lay out: each test destroys
// its view first, and — since a loaded machine may reach that frame before the test ends — a range
// jsdom cannot measure gives empty rectangles instead of throwing.
if (!("getClientRects" in Range.prototype)) {
  Object.assign(Range.prototype, {
    getClientRects: () => Object.assign([], { item: () => null }),
    getBoundingClientRect: () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }),
  });
}

function editor(doc: string): EditorView {
  const state = EditorState.create({
    doc, selection: { anchor: doc.length }, extensions: [python(), indentUnit.of("    "), typedIndentation()],
  });
  return new EditorView({ state, parent: document.body });
}

/** Types {@code text} as the browser's input would reach the editor: through its input handlers first. */
function type(view: EditorView, text: string): void {
  const { from, to } = view.state.selection.main;
  const handled = view.state.facet(EditorView.inputHandler).some((h) => h(view, from, to, text, () => view.state.update({})));
  if (!handled) view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length }, userEvent: "input.type" });
}

describe("typedIndentation", () => {
  it("lets the spaces a student types replace the editor's own indentation", () => {
    const view = editor("if True:");
    insertNewlineAndIndent(view);
    expect(view.state.doc.toString()).toBe("if True:\n    ");
    for (const c of "    x = 1") type(view, c);
    expect(view.state.doc.toString()).toBe("if True:\n    x = 1");
    insertNewlineAndIndent(view);
    for (const c of "    print(x)") type(view, c);
    expect(view.state.doc.toString()).toBe("if True:\n    x = 1\n    print(x)");
    view.destroy();
  });

  it("keeps the editor's indentation once something else is typed", () => {
    const view = editor("if True:");
    insertNewlineAndIndent(view);
    for (const c of "x =  1") type(view, c);
    expect(view.state.doc.toString()).toBe("if True:\n    x =  1");
    view.destroy();
  });
});
