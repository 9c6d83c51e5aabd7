// Indentation the student types replaces the editor's own. After Enter the editor indents the new
// line as Python's block structure says; a student copying the slides then types the indentation
// too, and the two added up (8 spaces where 4 were meant: IndentationError). The editor's
// indentation stays provisional until something else is typed: spaces or a Tab typed first on
// that line take its place instead of adding to it, as in IDLE's and Thonny's shells.

import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";

interface Provisional {
  from: number;
  to: number;
}

const accepted = StateEffect.define<null>();

/** Where the editor's own indentation of the line just opened lies, while nothing else was typed. */
export const provisionalIndent = StateField.define<Provisional | null>({
  create: () => null,
  update(value, transaction) {
    if (transaction.effects.some((e) => e.is(accepted))) return null;
    if (transaction.docChanged && transaction.isUserEvent("input")) {
      let opened: Provisional | null = null;
      let changes = 0;
      transaction.changes.iterChanges((_fromA, _toA, _fromB, toB, inserted) => {
        changes++;
        const indent = /^\n([ \t]+)$/.exec(inserted.toString());
        if (indent) opened = { from: toB - indent[1]!.length, to: toB };
      });
      // Enter may also trim the line it leaves: one inserted newline with indentation is the sign.
      return changes <= 2 ? opened : null;
    }
    if (transaction.docChanged || transaction.selection) return null;
    return value;
  },
});

/** Replaces the provisional indentation with {@code text} when the cursor is right after it. */
function replaceProvisional(view: EditorView, text: string): boolean {
  const provisional = view.state.field(provisionalIndent, false);
  const selection = view.state.selection.main;
  if (!provisional || !selection.empty || selection.head !== provisional.to) return false;
  view.dispatch({
    changes: { from: provisional.from, to: provisional.to, insert: text },
    selection: { anchor: provisional.from + text.length },
    userEvent: "input.type",
  });
  return true;
}

/** The extension: typed spaces replace the editor's indentation; a Tab accepts it as it is. */
export function typedIndentation(): Extension {
  return [
    provisionalIndent,
    EditorView.inputHandler.of((view, from, to, text) =>
      from === to && /^[ \t]+$/.test(text) && replaceProvisional(view, text)),
    keymap.of([{
      key: "Tab",
      run: (view) => {
        const provisional = view.state.field(provisionalIndent, false);
        const selection = view.state.selection.main;
        if (!provisional || !selection.empty || selection.head !== provisional.to) return false;
        view.dispatch({ effects: accepted.of(null) });
        return true;
      },
    }]),
  ];
}
