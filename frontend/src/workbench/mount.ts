// The workbench: the editor, one console per process and the live views, all drawn from what the
// workspace's sandbox streams. A page mounts it on the markup of templates/fragments/workbench.html:
// the free sandbox with the workspace's files, a lesson page with the student's lesson files and
// its own Run and save commands. Commands go to /app/sandbox/… (or the page's own); every message
// back comes on /user/queue/sandbox in order, and a page that (re)connects asks for the whole state.

import type { SandboxEvent } from "../events";
import { format, formatCount, type Texts } from "../messages";
import { connect, type Connection, type ConnectionState } from "../stomp/connection";
import { BytesView } from "./bytes";
import { ConsolesView } from "./consoles";
import { DiagramView } from "./diagram";
import { Editor } from "./editor";
import { ErrnoExplainer } from "./errno";
import { HostMemory } from "./hosts";
import { type ConsoleModel, WorkbenchModel } from "./model";
import { failingLine } from "./traceback";
import type { FileView, ServerMessage } from "./protocol";
import { PaletteView } from "./palette";
import { NetstatView, ProcessesView } from "./tables";
import { TraceView } from "./trace";


/** Which saved text an edit was made on ({@code base}: the file's version) and which page made it. */
export interface EditOrigin {
  base: number | undefined;
  tab: string;
}

/** Where Run and saves go: each returns the destination and the command's body. */
export interface WorkbenchCommands {
  run(file: string, source: string, step: boolean, host: string | undefined, origin?: EditOrigin): [string, unknown];
  save(file: string, source: string, origin?: EditOrigin): [string, unknown];
}

export const SANDBOX_COMMANDS: WorkbenchCommands = {
  run: (file, source, step, host, origin) => ["/app/sandbox/run", { file, source, step, host, ...origin }],
  save: (file, source, origin) => ["/app/sandbox/save", { file, source, ...origin }],
};

export interface WorkbenchOptions {
  texts: Texts;
  files: FileView[];
  commands?: WorkbenchCommands;
  /** The files are a lesson's, not the sandbox's: the sandbox's file list is not shown. */
  lessonFiles?: boolean;
  /**
   * Someone else's workspace, only looked at (an instructor over a student's shoulder): its messages
   * come on {@code queue}, {@code watch} asks for them on each (re)connection; the page sends no
   * command, the editor takes no typing, the run, stop and type controls are gone. {@code handle} is
   * offered each message first, for the page's own (true: handled).
   */
  readOnly?: { queue: string; watch(connection: Connection): void; handle(message: { type: string }): boolean };
  /** More queues the page's one connection subscribes to. */
  subscriptions?: Record<string, (body: unknown) => void>;
  /** Told each time the connection is (re)made, after the workbench said hello. */
  onConnected?(connection: Connection): void;
  /**
   * Told the sandbox's events as they come (a lesson page's own views: the checker's processes, the
   * sequence diagram); {@code reset}: the page (re)connected and these are the recent ones, from scratch.
   */
  onEvents?(events: readonly SandboxEvent[], reset: boolean): void;
}

export interface Workbench {
  connection: Connection;
  showProblem(code: string, args: Record<string, string | number>): void;
  /** Opens the errno explainer on {@code errno}. */
  explain(errno: string): void;
  /** Opens {@code file} in the editor at {@code line}, marked; false when the workbench has no such file. */
  showSource(file: string, line: number): boolean;
}

/** Mounts the workbench on {@code root}; one per page (its shortcuts are the page's). */
export function mountWorkbench(root: HTMLElement, options: WorkbenchOptions): Workbench {
  const texts = options.texts;
  const commands = options.commands ?? SANDBOX_COMMANDS;
  const $ = <T extends HTMLElement>(testId: string): T => root.querySelector<T>(`[data-testid=${testId}]`)!;
    /** An element only some pages have (the free sandbox's network chooser, new and delete file). */
    const optional = <T extends HTMLElement>(testId: string): T | null => root.querySelector<T>(`[data-testid=${testId}]`);

  const initialFiles = options.files;
  const readOnly = options.readOnly;
  root.classList.toggle("read-only", readOnly !== undefined);
  const model = new WorkbenchModel();
  let connected = false;
  let selectedPid: number | null = null;

  // ------------------------------------------------------------------ saving as the student types
  // Each save names the version of the file its text was edited on; the server refuses one made on
  // an older version than the saved one (another tab saved first) and this page shows the conflict.
  const SAVE_DELAY = 600;
  const pendingSaves = new Map<string, number>();
  const tab = Math.random().toString(36).slice(2, 12);
  const versions = new Map<string, number>();
  for (const file of options.files) if (file.version !== undefined) versions.set(file.name, file.version);
  /** Files whose save was refused: the saved text and version, until the student chooses. */
  const conflicts = new Map<string, { source: string; version: number }>();

  function origin(file: string): EditOrigin {
    return { base: versions.get(file), tab };
  }

  function saveSoon(file: string): void {
    window.clearTimeout(pendingSaves.get(file));
    pendingSaves.set(file, window.setTimeout(() => saveNow(file), SAVE_DELAY));
  }

  function saveNow(file: string): void {
    window.clearTimeout(pendingSaves.get(file));
    if (conflicts.has(file)) {
      // Not saved until the student chose: the page says so and keeps the text.
      pendingSaves.set(file, 0);
      showSaved();
      return;
    }
    pendingSaves.delete(file);
    const source = editor.sourceOf(file);
    if (source !== undefined && connected) {
      const [destination, command] = commands.save(file, source, origin(file));
      connection.send(destination, command);
    }
    else if (source !== undefined) pendingSaves.set(file, 0);
    showSaved();
  }

  function showSaved(): void {
    $("save-state").textContent = format(texts, pendingSaves.size > 0 ? "wb.unsaved" : "wb.saved");
  }

  // ------------------------------------------------------------------ views
  const editor = new Editor($("editor"), initialFiles, {
    label: format(texts, "wb.editorLabel"),
    readOnly: readOnly !== undefined,
    onChange: (file) => {
      // Text arriving from the student is not this page's to save.
      if (readOnly) return;
      pendingSaves.set(file, pendingSaves.get(file) ?? 0);
      showSaved();
      saveSoon(file);
    },
    onRun: (step) => run(step),
    onCursorLine: (file, line) => trace.markLine(file, line),
  });

  // For docs/performance.md: when the editor could first take a keystroke (FirstHourBrowserIT reads it).
  performance.mark("enchufe:editor-ready");

  const explainer = new ErrnoExplainer($("errno-panel"), texts);
  /** A command to the workspace's sandbox; none from a read-only workbench (its controls are hidden too). */
  const command = (destination: string, body?: unknown): void => {
    if (!readOnly) connection.send(destination, body);
  };
  const consoles = new ConsolesView($("consoles"), $("consoles-empty"), texts, {
    type: (pid, text) => command("/app/sandbox/stdin", { pid, text }),
    endOfInput: (pid) => command("/app/sandbox/eof", { pid }),
    interrupt: (pid) => command("/app/sandbox/interrupt", { pid }),
    kill: (pid) => command("/app/sandbox/kill", { pid }),
    step: (pid) => command("/app/sandbox/step", { pid }),
    resume: (pid) => command("/app/sandbox/continue", { pid }),
    pause: (pid) => command("/app/sandbox/pause", { pid }),
    select: (pid) => {
      selectedPid = pid;
      scheduleRender({ tables: true });
    },
    explain: (errno, cause) => explainer.show(errno, cause),
    showSource: (file, line) => {
      if (editor.files().includes(file)) showFile(file, line);
    },
  });
  const processes = new ProcessesView($("view-processes"), texts);
  const diagram = new DiagramView($("view-diagram"), texts, (pid) => {
    const process = model.process(pid);
    const program = process?.program ?? model.consoles.get(pid)?.program;
    return program === undefined ? undefined : { program, host: process?.host };
  });
  const netstat = new NetstatView($("view-netstat"), texts);
  const bytes = new BytesView($("view-bytes"), $("bytes-empty"), texts);
  const trace = new TraceView($("trace"), $("trace-empty"), texts, {
    showLine: (pid, line) => {
      const program = model.process(pid)?.program ?? model.consoles.get(pid)?.program;
      if (program && editor.files().includes(program)) showFile(program, line);
    },
    explain: (errno, cause) => explainer.show(errno, cause),
  }, (pid) => model.process(pid)?.program ?? model.consoles.get(pid)?.program);

  // ------------------------------------------------------------------ drawing, at most once a frame
  const dirty = { consoles: false, trace: false, tables: false };
  let frame = 0;

  function scheduleRender(changes: Partial<typeof dirty>): void {
    dirty.consoles ||= changes.consoles ?? false;
    dirty.trace ||= changes.trace ?? false;
    dirty.tables ||= changes.tables ?? false;
    if (frame === 0) frame = window.requestAnimationFrame(render);
  }

  function render(): void {
    frame = 0;
    if (dirty.consoles || dirty.tables) {
      consoles.render(model);
      markTracebacks();
    }
    if (dirty.trace) {
      trace.render(model.trace);
      if (!document.getElementById("view-bytes-panel")!.hidden) bytes.render(model.trace);
    }
    if (dirty.tables) {
      processes.render(model.snapshot);
      netstat.render(model.snapshot);
      diagram.render(model.snapshot, model.trace);
      markSteppedLine();
      renderPidFilter();
      renderNetwork();
    }
    const live = model.snapshot.processes.filter((p) => p.state !== "EXITED" && p.state !== "ZOMBIE").length;
    $("totals").textContent = format(texts, "wb.totals", {
      processes: formatCount(texts, "wb.processes", live),
      calls: formatCount(texts, "wb.calls", model.callCount),
    });
    dirty.consoles = dirty.trace = dirty.tables = false;
  }

  /** In each file, the line its latest run's traceback points at (nothing once a run ends without one). */
  function markTracebacks(): void {
    const latest = new Map<string, ConsoleModel>();
    for (const console of model.consoles.values()) {
      const known = latest.get(console.program);
      if (!known || console.pid > known.pid) latest.set(console.program, console);
    }
    for (const file of editor.files()) {
      const console = latest.get(file);
      if (!console) continue;
      const stderr = console.segments.filter((s) => s.stream === "stderr").map((s) => s.text).join("");
      editor.markError(file, failingLine(stderr, [file])?.line ?? null);
    }
  }

  /** The line a process of the file on screen is stopped or sleeping at: the chosen one, else a stepped one. */
  function markSteppedLine(): void {
    const candidates = model.snapshot.processes.filter((p) =>
      p.program === editor.file && p.line > 0 && (p.state === "STOPPED" || p.state === "BLOCKED"));
    const chosen = candidates.find((p) => p.pid === selectedPid) ?? candidates.find((p) => p.state === "STOPPED")
      ?? candidates[0];
    editor.markLine(chosen ? chosen.program : null, chosen ? chosen.line : null);
  }

  // ------------------------------------------------------------------ the virtual network: which, and which host runs a file
  const networkSelect = optional<HTMLSelectElement>("network");
  const hostSelect = $<HTMLSelectElement>("run-host");
  let shownHosts = "";

  /** The network chooser shows the sandbox's topology; "run on" lists its hosts when there are several. */
  function renderNetwork(): void {
    const network = model.snapshot.network;
    if (!network) return;
    if (networkSelect && [...networkSelect.options].some((o) => o.value === network.topology)) networkSelect.value = network.topology;
    const names = network.hosts.map((h) => h.name);
    if (names.join("\n") !== shownHosts) {
      shownHosts = names.join("\n");
      hostSelect.replaceChildren(...network.hosts.map((h) =>
        new Option(h.addresses.length > 0 ? `${h.name} (${h.addresses[0]})` : h.name, h.name)));
      showHostOfFile();
    }
    $("run-host-label").hidden = names.length <= 1;
  }

  // Each file runs on its own host (the server's on servidor, the client's on cliente), remembered per file.
  const hostMemory = new HostMemory(storageOrNull());
  function showHostOfFile(): void {
    const network = model.snapshot.network;
    if (!network) return;
    hostSelect.value = hostMemory.hostOf(network.topology, editor.file, network.hosts.map((h) => h.name)) ?? "";
  }
  hostSelect.addEventListener("change", () => {
    const network = model.snapshot.network;
    if (network) hostMemory.remember(network.topology, editor.file, hostSelect.value);
  });

  /** The host a new process runs on: the one chosen, or none (the topology's first) while there is no choice. */
  function chosenHost(): string | undefined {
    return $("run-host-label").hidden ? undefined : hostSelect.value;
  }

  networkSelect?.addEventListener("change", () => {
    const chosen = networkSelect.value;
    if (window.confirm(format(texts, "wb.networkConfirm"))) {
      connection.send("/app/sandbox/network", { network: chosen });
    } else {
      networkSelect.value = model.snapshot.network?.topology ?? "default";
    }
  });

  const pidFilter = $<HTMLSelectElement>("trace-pid");
  function renderPidFilter(): void {
    const current = pidFilter.value;
    const options = [new Option(format(texts, "wb.allProcesses"), "")];
    for (const console of model.consoles.values()) {
      options.push(new Option(`${console.pid} · ${model.process(console.pid)?.program ?? console.program}`, String(console.pid)));
    }
    pidFilter.replaceChildren(...options);
    pidFilter.value = [...pidFilter.options].some((o) => o.value === current) ? current : "";
  }

  function applyFilter(): void {
    trace.setFilter({ text: $<HTMLInputElement>("trace-filter").value, pid: pidFilter.value === "" ? null : Number(pidFilter.value) });
  }
  $("trace-filter").addEventListener("input", applyFilter);
  pidFilter.addEventListener("change", applyFilter);

  // ------------------------------------------------------------------ problems
  let problemTimer = 0;
  function showProblem(code: string, args: Record<string, string | number>): void {
    const box = $("problem");
    box.textContent = format(texts, `problem.${code}`, args);
    box.hidden = false;
    window.clearTimeout(problemTimer);
    problemTimer = window.setTimeout(() => { box.hidden = true; }, 8000);
  }

  // ------------------------------------------------------------------ the connection
  function onMessage(body: unknown): void {
    const message = body as ServerMessage;
    if (readOnly?.handle(message)) return;
    if (message.type === "files" && readOnly) {
      // The student's files as they are now: shown whole, nothing here to keep.
      editor.setFiles(message.files, () => true);
      renderTabs();
      return;
    }
    if (message.type === "files") {
      // A lesson's files are not the sandbox's: a lesson page keeps its own.
      if (options.lessonFiles) return;
      const fresh = (file: string): boolean => !pendingSaves.has(file) && !conflicts.has(file);
      for (const file of message.files) {
        if (file.version !== undefined && (fresh(file.name) || !versions.has(file.name))) versions.set(file.name, file.version);
      }
      editor.setFiles(message.files, fresh);
      renderTabs();
      openListed();
      return;
    }
    if (message.type === "saved") {
      if (options.lessonFiles || readOnly) return;
      if (message.tab === tab) {
        versions.set(message.file, Math.max(message.version, versions.get(message.file) ?? 0));
      } else if (!pendingSaves.has(message.file) && !conflicts.has(message.file)) {
        // Another tab's edit, and nothing typed here since: shown as it is typed there.
        editor.replaceText(message.file, message.source);
        versions.set(message.file, message.version);
      }
      // Typed here too: this page's save will be refused as a conflict, and shown.
      return;
    }
    if (message.type === "conflict") {
      if (options.lessonFiles || message.tab !== tab) return;
      if (editor.sourceOf(message.file) === message.source) {
        versions.set(message.file, message.version);
      } else {
        conflicts.set(message.file, { source: message.source, version: message.version });
        pendingSaves.set(message.file, 0);
      }
      showSaved();
      renderConflict();
      return;
    }
    if (message.type === "problem") {
      showProblem(message.code, message.args);
      return;
    }
    const changes = model.apply(message);
    if (message.type === "events") options.onEvents?.(message.events, false);
    else if (message.type === "state") options.onEvents?.(message.recent, true);
    if (message.type === "events") {
      for (const event of message.events) {
        if (event.kind === "process" && event.change === "CREATED" && selectedPid === null) selectedPid = event.pid;
      }
    }
    scheduleRender(changes);
  }

  function showState(state: ConnectionState): void {
    connected = state === "connected";
    const status = $("connection");
    status.dataset.state = state;
    status.textContent = format(texts, `status.${state}`);
    for (const b of document.querySelectorAll<HTMLButtonElement>("[data-needs-connection]")) b.disabled = !connected;
    if (connected && readOnly) {
      readOnly.watch(connection);
    } else if (connected) {
      connection.send("/app/sandbox/hello");
      options.onConnected?.(connection);
      for (const file of [...pendingSaves.keys()]) saveNow(file);
    }
  }

  const connection = connect({
    onState: showState,
    subscriptions: { [readOnly?.queue ?? "/user/queue/sandbox"]: onMessage, ...(options.subscriptions ?? {}) },
  });

  // ------------------------------------------------------------------ commands
  const MAX_SOURCE = 50_000;

  function run(step: boolean): void {
    if (!connected || readOnly) return;
    const file = editor.file;
    const source = editor.source;
    if (conflicts.has(file)) {
      renderConflict();
      return;
    }
    if (source.length > MAX_SOURCE) {
      showProblem("file-too-big", { name: file, max: MAX_SOURCE });
      return;
    }
    window.clearTimeout(pendingSaves.get(file));
    pendingSaves.delete(file);
    showSaved();
    selectedPid = null;
    const [destination, command] = commands.run(file, source, step, chosenHost(), origin(file));
    connection.send(destination, command);
  }

  $("run").addEventListener("click", () => run(false));
  $("clear-finished").addEventListener("click", () => {
    model.clearFinished();
    scheduleRender({ consoles: true, tables: true });
  });
  $("step-run").addEventListener("click", () => run(true));
  $("reset").addEventListener("click", () => {
    if (window.confirm(format(texts, "wb.resetConfirm"))) command("/app/sandbox/reset");
  });

  // ------------------------------------------------------------------ file tabs
  function renderTabs(): void {
    const tabs = $("file-tabs");
    tabs.replaceChildren(...editor.files().map((name) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = "file-tab";
      tab.textContent = name;
      tab.dataset.testid = "file-tab";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", String(name === editor.file));
      tab.addEventListener("click", () => showFile(name));
      return tab;
    }));
    $("run").textContent = format(texts, "wb.runFile", { file: editor.file });
    // One row that scrolls sideways: the file shown is always in sight.
    tabs.querySelector<HTMLElement>("[aria-selected=true]")?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    renderConflict();
  }

  // ------------------------------------------------------------------ a conflict between two tabs: the student chooses
  const conflictBar = optional("conflict");
  function renderConflict(): void {
    if (!conflictBar) return;
    const file = editor.file;
    conflictBar.hidden = !conflicts.has(file);
    if (conflicts.has(file)) $("conflict-text").textContent = format(texts, "wb.conflict", { file });
  }

  function resolveConflict(takeTheirs: boolean): void {
    const file = editor.file;
    const conflict = conflicts.get(file);
    if (!conflict) return;
    conflicts.delete(file);
    versions.set(file, conflict.version);
    if (takeTheirs) {
      editor.replaceText(file, conflict.source);
      window.clearTimeout(pendingSaves.get(file));
      pendingSaves.delete(file);
      showSaved();
    } else {
      saveNow(file);
    }
    renderConflict();
  }
  optional("conflict-theirs")?.addEventListener("click", () => resolveConflict(true));
  optional("conflict-mine")?.addEventListener("click", () => resolveConflict(false));

  /** Shows {@code file} (at {@code line}): the editor, the tab bar and Run all name it. */
  function showFile(file: string, line?: number): void {
    if (line === undefined) editor.open(file);
    else editor.goTo(file, line);
    renderTabs();
    markSteppedLine();
    showHostOfFile();
  }

  optional("delete-file")?.addEventListener("click", () => {
    const file = editor.file;
    if (file !== "" && window.confirm(format(texts, "wb.deleteConfirm", { file }))) {
      connection.send("/app/sandbox/delete", { file });
    }
  });

  // ------------------------------------------------------------------ new, rename, download, upload, export and import
  // Names are checked here as the server checks them (workbench/FileName), so a wrong one is said
  // at once in the student's language; the server checks again.
  const FILE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_-]*\.py$/u;
  const MAX_ZIP_BYTES = 180 * 1024;
  /** A file asked for (new, renamed, uploaded): opened as soon as the file list has it. */
  let openWhenListed: string | null = null;

  function nameProblem(name: string): [string, Record<string, string | number>] | null {
    if (name === "") return ["file-name-empty", {}];
    if (name.length > 64) return ["file-name-long", { max: 64 }];
    if (!FILE_NAME.test(name)) return ["file-name-invalid", { name }];
    return null;
  }

  function openListed(): void {
    if (openWhenListed !== null && editor.files().includes(openWhenListed)) {
      const file = openWhenListed;
      openWhenListed = null;
      showFile(file);
    }
  }

  const nameForm = optional<HTMLFormElement>("file-name-form");
  let renaming: string | null = null;

  function askName(rename: boolean): void {
    if (!nameForm) return;
    renaming = rename ? editor.file : null;
    const input = $<HTMLInputElement>("file-name-input");
    input.value = rename ? editor.file : "";
    $("file-name-ok").textContent = format(texts, rename ? "wb.fileNameRename" : "wb.fileNameNew");
    nameForm.hidden = false;
    input.focus();
    if (rename) input.setSelectionRange(0, Math.max(0, editor.file.length - 3));
  }

  nameForm?.addEventListener("submit", (e) => {
    e.preventDefault();
    const name = $<HTMLInputElement>("file-name-input").value.trim();
    const problem = nameProblem(name);
    if (problem) {
      showProblem(...problem);
      return;
    }
    if (renaming !== null && name !== renaming && editor.files().includes(name)) {
      showProblem("file-exists", { name });
      return;
    }
    nameForm.hidden = true;
    if (renaming !== null) {
      if (name === renaming) return;
      if (pendingSaves.has(renaming)) saveNow(renaming);
      openWhenListed = name;
      connection.send("/app/sandbox/rename", { file: renaming, to: name });
    } else if (editor.files().includes(name)) {
      showFile(name);
    } else {
      openWhenListed = name;
      connection.send("/app/sandbox/save", { file: name, source: "", tab });
    }
  });
  nameForm?.addEventListener("keydown", (e) => {
    if (e.key === "Escape") nameForm.hidden = true;
  });
  optional("file-name-cancel")?.addEventListener("click", () => {
    nameForm!.hidden = true;
  });
  optional("new-file")?.addEventListener("click", () => askName(false));
  optional("rename-file")?.addEventListener("click", () => askName(true));

  optional("download-file")?.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([editor.source], { type: "text/x-python" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = editor.file;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });

  const upload = optional<HTMLInputElement>("upload-file");
  upload?.addEventListener("change", async () => {
    for (const chosen of [...(upload.files ?? [])]) {
      const name = chosen.name;
      const problem = nameProblem(name);
      if (problem) {
        showProblem(...problem);
        continue;
      }
      const text = chosen.size > MAX_SOURCE * 4 ? null : await chosen.text();
      if (text === null || text.length > MAX_SOURCE) {
        showProblem("file-too-big", { name, max: MAX_SOURCE });
        continue;
      }
      if (text.includes("\uFFFD")) {
        showProblem("file-not-text", { name });
        continue;
      }
      if (editor.files().includes(name)) {
        if (!window.confirm(format(texts, "wb.uploadReplace", { file: name }))) continue;
        editor.replaceText(name, text);
        conflicts.delete(name);
        saveNow(name);
        showFile(name);
      } else {
        openWhenListed = name;
        connection.send("/app/sandbox/save", { file: name, source: text, tab });
      }
    }
    upload.value = "";
  });

  const archive = optional<HTMLInputElement>("import-files");
  archive?.addEventListener("change", async () => {
    const chosen = archive.files?.[0];
    archive.value = "";
    if (!chosen) return;
    if (chosen.size > MAX_ZIP_BYTES) {
      showProblem("zip-too-big", { max: MAX_ZIP_BYTES / 1024 });
      return;
    }
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    for (const file of editor.files()) if (pendingSaves.has(file)) saveNow(file);
    connection.send("/app/sandbox/import", { zip: window.btoa(binary) });
  });

  // ------------------------------------------------------------------ click-to-call
  const palette = optional("palette");
  if (palette) new PaletteView(palette, texts, () => editor.source, (statements) => {
    if (!connected) return;
    const file = editor.file;
    if (pendingSaves.has(file)) saveNow(file);
    connection.send("/app/sandbox/call", { file, statements, host: chosenHost() });
  });

  // ------------------------------------------------------------------ the views' tabs and shortcuts
  for (const tab of document.querySelectorAll<HTMLButtonElement>("[data-view]")) {
    tab.addEventListener("click", () => {
      for (const other of document.querySelectorAll<HTMLButtonElement>("[data-view]")) {
        const selected = other === tab;
        other.setAttribute("aria-selected", String(selected));
        document.getElementById(other.dataset.view!)!.hidden = !selected;
      }
      if (tab.dataset.view === "view-bytes-panel") bytes.render(model.trace);
    });
  }

  // The editor runs its own Ctrl+Enter and marks the key handled: one keypress, one run.
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented) return;
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      run(e.shiftKey);
    } else if (e.key === "F10" && selectedPid !== null) {
      e.preventDefault();
      command("/app/sandbox/step", { pid: selectedPid });
    }
  });

  window.addEventListener("beforeunload", () => {
    for (const file of [...pendingSaves.keys()]) saveNow(file);
  });

  // ------------------------------------------------------------------ projector mode: everything larger, remembered
  const projector = $<HTMLButtonElement>("projector");
  function setProjector(on: boolean): void {
    document.documentElement.classList.toggle("projector", on);
    projector.setAttribute("aria-pressed", String(on));
    try {
      window.localStorage.setItem("enchufe-projector", on ? "1" : "0");
    } catch {
      // Private windows may refuse storage: the mode just is not remembered.
    }
  }
  projector.addEventListener("click", () => {
    setProjector(!document.documentElement.classList.contains("projector"));
    fitToWindow();
  });

  // On a wide workbench the main area fills the window below what is above it (theme.css, --wb-top).
  const main = root.querySelector<HTMLElement>(".wb-main");
  function fitToWindow(): void {
    if (main) root.style.setProperty("--wb-top", `${Math.round(main.getBoundingClientRect().top + window.scrollY)}px`);
  }
  window.addEventListener("resize", fitToWindow);
  if (main && "ResizeObserver" in window) new ResizeObserver(fitToWindow).observe(root.querySelector(".wb-toolbar") ?? main);
  try {
    setProjector(window.localStorage.getItem("enchufe-projector") === "1");
  } catch {
    setProjector(false);
  }

  renderTabs();
  showSaved();
  render();
  fitToWindow();

  function showSource(file: string, line: number): boolean {
    if (!editor.files().includes(file)) return false;
    showFile(file, line);
    editor.markLine(file, line);
    return true;
  }

  return { connection, showProblem, explain: (errno) => explainer.show(errno), showSource };
}

/** The browser's local storage, or null where it is refused (some private windows). */
function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
