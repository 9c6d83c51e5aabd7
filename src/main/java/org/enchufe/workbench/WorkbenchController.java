package org.enchufe.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Controller;

/**
 * The workbench's commands, from a browser to its workspace's sandbox ({@code /app/sandbox/…}).
 * Answers and events go back on the workspace's queue; a command that cannot be done answers
 * with a problem the page shows in the student's language.
 */
@Controller
class WorkbenchController {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchController.class);

    private final WorkbenchSessions sessions;
    private final Drafts drafts;

    WorkbenchController(WorkbenchSessions sessions, Drafts drafts) {
        this.sessions = sessions;
        this.drafts = drafts;
    }

    /** A page connected: it gets the whole state, then follows the stream. */
    @MessageMapping("/sandbox/hello")
    void hello(WorkspaceUser browser) {
        sessions.of(browser.workspace()).sendState();
    }

    /**
     * {@code step} may be left out: a plain run; {@code host} too: the topology's first host;
     * {@code base} and {@code tab} too: the version the text was edited on and the page's id.
     */
    record RunCommand(String file, String source, Boolean step, String host, Integer base, String tab) {
    }

    /**
     * Saves the file and starts it as a new process (stopped at its first line when stepping); a
     * text edited on an older version than the saved one is a conflict, and nothing runs.
     */
    @MessageMapping("/sandbox/run")
    void run(WorkspaceUser browser, @Payload RunCommand command) {
        String workspace = browser.workspace();
        if (saveFrom(workspace, command.file(), command.source(), command.base(), command.tab()).isEmpty()) {
            return;
        }
        answer(workspace, sessions.of(workspace).run(command.file(), command.source() == null ? "" : command.source(),
                Boolean.TRUE.equals(command.step()), command.host()));
    }

    /**
     * Click-to-call: Python lines (the palette writes them) run as the file's next call, and added to
     * it once the call returned. {@code host} may be left out: the topology's first host (it matters
     * only for the call that starts the process).
     */
    record CallCommand(String file, List<String> statements, String host) {
    }

    static final int MAX_STATEMENTS = 3;
    static final int MAX_STATEMENT = 300;

    @MessageMapping("/sandbox/call")
    void call(WorkspaceUser browser, @Payload CallCommand command) {
        String workspace = browser.workspace();
        List<String> statements = command.statements() == null ? List.of() : command.statements();
        if (statements.isEmpty() || statements.size() > MAX_STATEMENTS || statements.stream()
                .anyMatch(st -> st == null || st.isBlank() || st.length() > MAX_STATEMENT || st.contains("\n") || st.contains("\r"))) {
            throw new WorkbenchProblem("call-invalid", Map.of("max", MAX_STATEMENT));
        }
        Drafts.Appended appended = drafts.append(workspace, command.file(), statements);
        // Only a call that returned joins the file, so the file still runs as far as the student built it;
        // it is added to the file as it reads then (the student may have typed while accept() slept).
        answer(workspace, sessions.of(workspace).call(command.file(), appended.source(), appended.first(), appended.last(),
                        command.host())
                .thenAcceptAsync(returned -> {
                    if (returned) {
                        drafts.save(workspace, command.file(), drafts.append(workspace, command.file(), statements).source());
                        sendFiles(workspace);
                    } else {
                        sessions.send(workspace, new WorkbenchMessage.Problem("call-failed", Map.of("file", command.file())));
                    }
                }));
    }

    record ProcessCommand(int pid) {
    }

    @MessageMapping("/sandbox/step")
    void step(WorkspaceUser browser, @Payload ProcessCommand command) {
        answer(browser.workspace(), sessions.of(browser.workspace()).step(command.pid()));
    }

    @MessageMapping("/sandbox/pause")
    void pause(WorkspaceUser browser, @Payload ProcessCommand command) {
        answer(browser.workspace(), sessions.of(browser.workspace()).stop(command.pid()));
    }

    @MessageMapping("/sandbox/continue")
    void resume(WorkspaceUser browser, @Payload ProcessCommand command) {
        answer(browser.workspace(), sessions.of(browser.workspace()).resume(command.pid()));
    }

    @MessageMapping("/sandbox/interrupt")
    void interrupt(WorkspaceUser browser, @Payload ProcessCommand command) {
        answer(browser.workspace(), sessions.of(browser.workspace()).interrupt(command.pid()));
    }

    @MessageMapping("/sandbox/kill")
    void kill(WorkspaceUser browser, @Payload ProcessCommand command) {
        answer(browser.workspace(), sessions.of(browser.workspace()).kill(command.pid()));
    }

    record InputCommand(int pid, String text) {
    }

    static final int MAX_INPUT = 4096;

    @MessageMapping("/sandbox/stdin")
    void stdin(WorkspaceUser browser, @Payload InputCommand command) {
        String text = command.text() == null ? "" : command.text();
        if (text.length() > MAX_INPUT) {
            throw new WorkbenchProblem("input-too-long", Map.of("max", MAX_INPUT));
        }
        answer(browser.workspace(), sessions.of(browser.workspace()).type(command.pid(), text));
    }

    @MessageMapping("/sandbox/eof")
    void endOfInput(WorkspaceUser browser, @Payload ProcessCommand command) {
        answer(browser.workspace(), sessions.of(browser.workspace()).endOfInput(command.pid()));
    }

    /** Every process and socket ends; the workspace starts over with an empty sandbox (its files stay). */
    @MessageMapping("/sandbox/reset")
    void reset(WorkspaceUser browser) {
        sessions.reset(browser.workspace());
    }

    record NetworkCommand(String network) {
    }

    /** The workspace starts over on another virtual network (its files stay). */
    @MessageMapping("/sandbox/network")
    void network(WorkspaceUser browser, @Payload NetworkCommand command) {
        sessions.network(browser.workspace(), command.network());
    }

    /** {@code base}: the version the text was edited on (null: none, e.g. a new file); {@code tab}: the page's id. */
    record SaveCommand(String file, String source, Integer base, String tab) {
    }

    /**
     * The editor saves as the student types; all the workspace's pages see the new text (and the
     * new file list when the file is new). A save on top of an older version is a conflict.
     */
    @MessageMapping("/sandbox/save")
    void save(WorkspaceUser browser, @Payload SaveCommand command) {
        String workspace = browser.workspace();
        boolean known = drafts.files(workspace).stream().anyMatch(d -> d.filename().equals(command.file()));
        if (saveFrom(workspace, command.file(), command.source(), command.base(), command.tab()).isPresent() && !known) {
            sendFiles(workspace);
        }
    }

    /**
     * Saves a page's text edited on version {@code base} and tells every page; a conflict is told
     * to that page instead, with the saved text (empty: nothing was saved).
     */
    private Optional<Draft> saveFrom(String workspace, String file, String source, Integer base, String tab) {
        Draft draft;
        try {
            draft = drafts.save(workspace, file, source, base);
        } catch (FileConflict conflict) {
            Draft current = conflict.current();
            sessions.send(workspace, new WorkbenchMessage.Conflict(current.filename(), current.source(), current.version(), tab));
            return Optional.empty();
        }
        sessions.send(workspace, new WorkbenchMessage.Saved(draft.filename(), draft.source(), draft.version(), tab));
        return Optional.of(draft);
    }

    record FileCommand(String file) {
    }

    @MessageMapping("/sandbox/delete")
    void delete(WorkspaceUser browser, @Payload FileCommand command) {
        drafts.delete(browser.workspace(), command.file());
        sendFiles(browser.workspace());
    }

    record RenameCommand(String file, String to) {
    }

    /** A file takes another name; every page learns the new list. */
    @MessageMapping("/sandbox/rename")
    void rename(WorkspaceUser browser, @Payload RenameCommand command) {
        drafts.rename(browser.workspace(), command.file(), command.to() == null ? "" : command.to().strip());
        sendFiles(browser.workspace());
    }

    /** {@code zip}: a workspace archive (GET /sandbox/export from any computer) in base64. */
    record ImportCommand(String zip) {
    }

    /** The files of an archive join the workspace (same names replaced); every page learns the new list. */
    @MessageMapping("/sandbox/import")
    void importArchive(WorkspaceUser browser, @Payload ImportCommand command) {
        byte[] zip;
        try {
            zip = java.util.Base64.getDecoder().decode(command.zip() == null ? "" : command.zip());
        } catch (IllegalArgumentException e) {
            throw new WorkbenchProblem("zip-invalid");
        }
        drafts.importFiles(browser.workspace(), WorkspaceArchive.unzip(zip));
        sendFiles(browser.workspace());
    }

    @MessageMapping("/sandbox/files")
    void files(WorkspaceUser browser) {
        sendFiles(browser.workspace());
    }

    private void sendFiles(String workspace) {
        List<WorkbenchMessage.FileView> files = drafts.files(workspace).stream()
                .map(d -> new WorkbenchMessage.FileView(d.filename(), d.source(), d.version())).toList();
        sessions.send(workspace, new WorkbenchMessage.Files(files));
    }

    private void answer(String workspace, CompletableFuture<?> done) {
        sessions.answer(workspace, done);
    }

    @MessageExceptionHandler(WorkbenchProblem.class)
    void problem(WorkspaceUser browser, WorkbenchProblem problem) {
        sessions.send(browser.workspace(), new WorkbenchMessage.Problem(problem.code(), problem.args()));
    }

    /** Any other failure is a bug of ours: logged, and the page told something failed (never a Java exception). */
    @MessageExceptionHandler
    void failed(WorkspaceUser browser, RuntimeException e) {
        log.warn("a workbench command failed", e);
        sessions.send(browser.workspace(), new WorkbenchMessage.Problem("internal", Map.of()));
    }

    /** A frame the server cannot read (not JSON, wrong fields): said, never fatal. */
    @MessageExceptionHandler({MessageConversionException.class,
            org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException.class})
    void malformed(WorkspaceUser browser, Exception e) {
        log.debug("a malformed workbench frame", e);
        sessions.send(browser.workspace(), new WorkbenchMessage.Problem("malformed", Map.of()));
    }
}
