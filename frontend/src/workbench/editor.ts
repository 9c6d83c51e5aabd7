// The code editor: CodeMirror 6 with Python, one document per file of the workspace, tabs to switch,
// the line a stepped process is at highlighted, and every change handed on (the page saves it).

import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { EditorState, StateEffect, StateField, type Extension } from "@codemirror/state";
import {
  Decoration, type DecorationSet, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from "@codemirror/view";
import type { FileView } from "./protocol";
import { typedIndentation } from "./typedIndent";

const setMarkedLine = StateEffect.define<number | null>();
const setErrorLine = StateEffect.define<number | null>();

/** The line a traceback of the file's last run points at, until it is run again. */
const errorLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let result = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      result = line === null || line < 1 || line > transaction.state.doc.lines ? Decoration.none
        : Decoration.set([Decoration.line({ class: "cm-error-line", attributes: { "data-testid": "error-line" } })
          .range(transaction.state.doc.line(line).from)]);
    }
    return result;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The line a process is stopped or sleeping at, drawn across the editor. */
const markedLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let result = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setMarkedLine)) continue;
      const line = effect.value;
      if (line === null || line < 1 || line > transaction.state.doc.lines) {
        result = Decoration.none;
      } else {
        const at = transaction.state.doc.line(line).from;
        result = Decoration.set([Decoration.line({ class: "cm-process-line" }).range(at)]);
      }
    }
    return result;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface EditorOptions {
  onChange(file: string, source: string): void;
  /** Ctrl+Enter runs the file; Ctrl+Shift+Enter runs it in step mode. */
  onRun(step: boolean): void;
  onCursorLine(file: string, line: number): void;
  label: string;
  /** Someone else's files, only looked at (an instructor over a student's shoulder): no typing. */
  readOnly?: boolean;
}

export class Editor {
  private readonly states = new Map<string, EditorState>();
  private readonly view: EditorView;
  private current = "";
  private readonly errorLines = new Map<string, number>();

  constructor(private readonly parent: HTMLElement, files: FileView[], private readonly options: EditorOptions) {
    this.view = new EditorView({ parent });
    this.view.contentDOM.setAttribute("aria-label", options.label);
    this.setFiles(files);
  }

  get file(): string {
    return this.current;
  }

  get source(): string {
    return this.view.state.doc.toString();
  }

  files(): string[] {
    return [...this.states.keys()];
  }

  sourceOf(file: string): string | undefined {
    if (file === this.current) return this.source;
    return this.states.get(file)?.doc.toString();
  }

  /**
   * Files from the server. A file already open keeps what is in the editor unless {@code fresh}
   * says the server's text is newer (click-to-call appended a line, nothing typed is unsaved).
   */
  setFiles(files: FileView[], fresh: (file: string) => boolean = () => false): void {
    if (this.current !== "") this.states.set(this.current, this.view.state);
    const names = new Set(files.map((f) => f.name));
    for (const name of [...this.states.keys()]) if (!names.has(name)) this.states.delete(name);
    for (const file of files) {
      const known = this.states.get(file.name);
      if (!known) {
        this.states.set(file.name, this.newState(file.name, file.source));
      } else if (fresh(file.name) && known.doc.toString() !== file.source) {
        // The same state, its text replaced: undo history stays, the cursor goes to the end.
        this.states.set(file.name, known.update({
          changes: { from: 0, to: known.doc.length, insert: file.source }, selection: { anchor: file.source.length },
        }).state);
      }
    }
    if (!this.states.has(this.current)) this.current = "";
    const showing = this.current;
    this.current = "";
    this.open(showing || files[0]?.name || "");
  }

  /**
   * Replaces {@code file}'s text with {@code source} (another tab saved it), as one undoable change:
   * Ctrl+Z brings back what was there. Not a change the page saves.
   */
  replaceText(file: string, source: string): void {
    if (this.current !== "") this.states.set(this.current, this.view.state);
    const known = this.states.get(file);
    if (!known || known.doc.toString() === source) return;
    const head = Math.min(known.selection.main.head, source.length);
    const replaced = known.update({ changes: { from: 0, to: known.doc.length, insert: source }, selection: { anchor: head },
      annotations: isolateHistory.of("full") }).state;
    this.states.set(file, replaced);
    if (file === this.current) {
      this.view.setState(replaced);
      this.view.dispatch({ effects: setErrorLine.of(this.errorLines.get(file) ?? null) });
    }
  }

  open(file: string): void {
    if (file === "" || !this.states.has(file)) return;
    if (this.current !== "" && this.states.has(this.current)) this.states.set(this.current, this.view.state);
    this.current = file;
    this.view.setState(this.states.get(file)!);
    this.view.dispatch({ effects: setErrorLine.of(this.errorLines.get(file) ?? null) });
  }

  /** Marks the line a traceback points at in {@code file} (null: none), shown whenever that file is. */
  markError(file: string, line: number | null): void {
    if ((this.errorLines.get(file) ?? null) === line) return;
    if (line === null) this.errorLines.delete(file);
    else this.errorLines.set(file, line);
    if (file === this.current) this.view.dispatch({ effects: setErrorLine.of(line) });
  }

  /**
   * Highlights {@code line} of {@code file} when that file is the one shown (never switching
   * away from what the student is reading), or clears the highlight with null.
   */
  markLine(file: string | null, line: number | null): void {
    this.view.dispatch({ effects: setMarkedLine.of(file === null || file !== this.current ? null : line) });
  }

  /** Puts the cursor on {@code line} and scrolls to it. */
  goTo(file: string, line: number): void {
    if (file !== this.current) this.open(file);
    const doc = this.view.state.doc;
    if (line < 1 || line > doc.lines) return;
    const at = doc.line(line).from;
    this.view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
    this.view.focus();
  }

  focus(): void {
    this.view.focus();
  }

  private newState(file: string, source: string): EditorState {
    const options = this.options;
    const extensions: Extension[] = [
      lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), history(), indentOnInput(), bracketMatching(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }), python(), indentUnit.of("    "),
      EditorState.tabSize.of(4), markedLine, errorLine, typedIndentation(),
      keymap.of([{ key: "Mod-Enter", run: () => { options.onRun(false); return true; },
        shift: () => { options.onRun(true); return true; } }, indentWithTab, ...defaultKeymap,
        ...historyKeymap]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(file, update.state.doc.toString());
        if (update.selectionSet || update.docChanged) {
          options.onCursorLine(file, update.state.doc.lineAt(update.state.selection.main.head).number);
        }
      }),
    ];
    if (options.readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
    return EditorState.create({ doc: source, extensions });
  }
}
