package org.enchufe.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
            # '': todas las direcciones de esta máquina, 127.0.0.1 y
            # (en la red del laboratorio) la suya, por la que llegan otros.
            s.bind(('', 5000))
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
            # 127.0.0.1 es esta máquina. Con el servidor en otro equipo
            # del laboratorio: s.connect(('servidor', 5000))
            s.connect(('127.0.0.1', 5000))
            s.sendall(b'hola, servidor')
            respuesta = s.recv(1024)
            print('Respuesta:', respuesta)
            s.close()
            """;

    /** The same pair for a workspace first opened in English: its names and messages in English. */
    static final String SERVER_EN = """
            import socket

            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            # '': every address of this machine, 127.0.0.1 and (on
            # the lab network) its own, the one other hosts reach.
            s.bind(('', 5000))
            s.listen(5)
            print('Waiting for connections on port 5000...')
            ns, address = s.accept()
            print('Connection from', address)
            data = ns.recv(1024)
            print('Received:', data)
            ns.sendall(data.upper())
            ns.close()
            s.close()
            """;

    static final String CLIENT_EN = """
            import socket

            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            # 127.0.0.1 is this machine. With the server on another
            # host of the lab: s.connect(('servidor', 5000))
            s.connect(('127.0.0.1', 5000))
            s.sendall(b'hello, server')
            reply = s.recv(1024)
            print('Reply:', reply)
            s.close()
            """;

    private final DraftRepository drafts;
    private final DraftStorage storage;
    private final Clock clock = Clock.systemUTC();

    Drafts(DraftRepository drafts, DraftStorage storage) {
        this.drafts = drafts;
        this.storage = storage;
    }

    /** The workspace's files in tab order; the Spanish starters when it has none yet. */
    @Transactional
    public List<Draft> files(String workspace) {
        return files(workspace, Locale.of("es"));
    }

    /** The workspace's files in tab order; when it has none yet, the starters in {@code language}. */
    @Transactional
    public List<Draft> files(String workspace, Locale language) {
        List<Draft> files = drafts.findByWorkspaceOrderByPosition(workspace);
        if (!files.isEmpty()) {
            return files;
        }
        boolean english = language.getLanguage().equals("en");
        String server = english ? SERVER_EN : SERVER;
        String client = english ? CLIENT_EN : CLIENT;
        Instant now = clock.instant();
        storage.add(server.length() + client.length());
        return drafts.saveAll(List.of(
                new Draft(null, workspace, english ? "server.py" : "servidor.py", server, 0, now),
                new Draft(null, workspace, english ? "client.py" : "cliente.py", client, 1, now)));
    }

    /** Saves a file's text, creating the file when it is new, whatever was saved before. */
    @Transactional
    public Draft save(String workspace, String filename, String source) {
        return save(workspace, filename, source, null);
    }

    /**
     * Saves a file's text made on top of its version {@code base}, creating the file when it is new;
     * refused with {@link FileConflict} when the file has been saved since (null: no check).
     */
    @Transactional
    public Draft save(String workspace, String filename, String source, Integer base) {
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
            if (base != null && base != existing.get().version()) {
                throw new FileConflict(existing.get());
            }
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

    /** Gives a file another name (a new version of it); the name must be free. */
    @Transactional
    void rename(String workspace, String filename, String newName) {
        FileName.check(filename);
        FileName.check(newName);
        Draft existing = drafts.findByWorkspaceAndFilename(workspace, filename)
                .orElseThrow(() -> new WorkbenchProblem("file-missing", Map.of("name", filename)));
        if (filename.equals(newName)) {
            return;
        }
        if (drafts.findByWorkspaceAndFilename(workspace, newName).isPresent()) {
            throw new WorkbenchProblem("file-exists", Map.of("name", newName));
        }
        drafts.save(new Draft(existing.id(), workspace, newName, existing.source(), existing.position(), clock.instant(),
                existing.version() + 1));
    }

    /**
     * Saves every file of an imported archive, replacing those of the same name, all or none: the
     * workspace may not end with more than {@link #MAX_FILES}.
     */
    @Transactional
    void importFiles(String workspace, Map<String, String> files) {
        long added = files.keySet().stream().filter(name -> drafts.findByWorkspaceAndFilename(workspace, name).isEmpty()).count();
        if (drafts.countByWorkspace(workspace) + added > MAX_FILES) {
            throw new WorkbenchProblem("too-many-files", Map.of("max", MAX_FILES));
        }
        files.forEach((name, source) -> save(workspace, name, source));
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
