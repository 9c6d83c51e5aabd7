package org.enchufe.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's files, saved as the student types. A workspace seen for the first time starts
 * with the slides' TCP server and client, so Run does something at once.
 */
@Service
public class Drafts {

    static final int MAX_FILES = 12;
    static final int MAX_SOURCE = 50_000;

    static final String SERVER = """
            import socket

            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 5000))
            s.listen(5)
            print('Esperando conexiones en el puerto 5000...')
            ns, direccion = s.accept()
            print('Conexión desde', direccion)
            datos = ns.recv(1024)
            print('Recibido:', datos)
            ns.sendall(datos.upper())
            ns.close()
            s.close()
            """;

    static final String CLIENT = """
            import socket

            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.connect(('127.0.0.1', 5000))
            s.sendall(b'hola, servidor')
            respuesta = s.recv(1024)
            print('Respuesta:', respuesta)
            s.close()
            """;

    private final DraftRepository drafts;
    private final DraftStorage storage;
    private final Clock clock = Clock.systemUTC();

    Drafts(DraftRepository drafts, DraftStorage storage) {
        this.drafts = drafts;
        this.storage = storage;
    }

    /** The workspace's files in tab order; the starters when it has none yet. */
    @Transactional
    public List<Draft> files(String workspace) {
        List<Draft> files = drafts.findByWorkspaceOrderByPosition(workspace);
        if (!files.isEmpty()) {
            return files;
        }
        Instant now = clock.instant();
        storage.add(SERVER.length() + CLIENT.length());
        return drafts.saveAll(List.of(
                new Draft(null, workspace, "servidor.py", SERVER, 0, now),
                new Draft(null, workspace, "cliente.py", CLIENT, 1, now)));
    }

    /** Saves a file's text, creating the file when it is new. */
    @Transactional
    public Draft save(String workspace, String filename, String source) {
        FileName.check(filename);
        if (source == null) {
            source = "";
        }
        if (source.length() > MAX_SOURCE) {
            throw new WorkbenchProblem("file-too-big", Map.of("name", filename, "max", MAX_SOURCE));
        }
        Instant now = clock.instant();
        var existing = drafts.findByWorkspaceAndFilename(workspace, filename);
        if (existing.isPresent()) {
            return stored(existing.get().source().length(), existing.get().withSource(source, now));
        }
        List<Draft> files = drafts.findByWorkspaceOrderByPosition(workspace);
        if (files.size() >= MAX_FILES) {
            throw new WorkbenchProblem("too-many-files", Map.of("max", MAX_FILES));
        }
        int position = files.isEmpty() ? 0 : files.getLast().position() + 1;
        return stored(0, new Draft(null, workspace, filename, source, position, now));
    }

    /** Saves {@code draft}, whose file held {@code before} characters, if the server has room for it. */
    private Draft stored(int before, Draft draft) {
        storage.reserve(before, draft.source().length());
        return drafts.save(draft);
    }

    /** The file with {@code statements} appended as its last lines: where they are and the whole text (not saved yet). */
    record Appended(String source, int first, int last) {
    }

    /** What {@code filename} reads with {@code statements} added at its end (a new file when there is none). */
    Appended append(String workspace, String filename, List<String> statements) {
        FileName.check(filename);
        String source = drafts.findByWorkspaceAndFilename(workspace, filename).map(Draft::source).orElse("");
        StringBuilder text = new StringBuilder(source);
        if (!source.isEmpty() && !source.endsWith("\n")) {
            text.append('\n');
        }
        int first = (int) text.chars().filter(c -> c == '\n').count() + 1;
        for (String statement : statements) {
            text.append(statement).append('\n');
        }
        return new Appended(text.toString(), first, first + statements.size() - 1);
    }

    /** Removes a file; the last one stays, so the editor always has something to show. */
    @Transactional
    void delete(String workspace, String filename) {
        FileName.check(filename);
        var existing = drafts.findByWorkspaceAndFilename(workspace, filename);
        if (existing.isEmpty()) {
            throw new WorkbenchProblem("file-missing", Map.of("name", filename));
        }
        if (drafts.countByWorkspace(workspace) <= 1) {
            throw new WorkbenchProblem("last-file");
        }
        drafts.delete(existing.get());
        storage.release(existing.get().source().length());
    }
}
