package org.enchufe.workbench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workspace's files as a zip, to take home or to another computer, and a zip read back: every
 * entry checked as a file saved from the editor would be (its name, its size, UTF-8 text), and
 * never more read than a workspace can hold, whatever the zip claims.
 */
public final class WorkspaceArchive {

    /** The largest zip a page may send (its base64 fits one WebSocket frame). */
    public static final int MAX_ZIP_BYTES = 180 * 1024;

    private WorkspaceArchive() {
    }

    /** The files, each at the zip's top level under its own name. */
    public static byte[] zip(List<Draft> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Draft file : files) {
                zip.putNextEntry(new ZipEntry(file.filename()));
                zip.write(file.source().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files in {@code zip}, by name in the zip's order. Folders are looked through (a zipped
     * folder holds its files under its name); what a file system adds by itself (names starting
     * with a dot, {@code __MACOSX/}) is left out; anything else must be a valid file.
     */
    static Map<String, String> unzip(byte[] zip) {
        if (zip.length > MAX_ZIP_BYTES) {
            throw new WorkbenchProblem("zip-too-big", Map.of("max", MAX_ZIP_BYTES / 1024));
        }
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new WorkbenchProblem("zip-invalid");
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String path = entry.getName();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith(".") || path.startsWith("__MACOSX/")) {
                    continue;
                }
                FileName.check(name);
                if (files.size() >= Drafts.MAX_FILES) {
                    throw new WorkbenchProblem("too-many-files", Map.of("max", Drafts.MAX_FILES));
                }
                files.put(name, text(name, in));
            }
        } catch (ZipException e) {
            throw new WorkbenchProblem("zip-invalid");
        } catch (IOException e) {
            throw new WorkbenchProblem("zip-invalid");
        }
        if (files.isEmpty()) {
            throw new WorkbenchProblem("zip-empty");
        }
        return files;
    }

    /** An entry's text: at most a file's worth of UTF-8 read, refused when longer or not text. */
    private static String text(String name, InputStream entry) throws IOException {
        int limit = Drafts.MAX_SOURCE * 4;
        byte[] bytes = entry.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new WorkbenchProblem("file-too-big", Map.of("name", name, "max", Drafts.MAX_SOURCE));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WorkbenchProblem("file-not-text", Map.of("name", name));
        }
        if (text.length() > Drafts.MAX_SOURCE) {
            throw new WorkbenchProblem("file-too-big", Map.of("name", name, "max", Drafts.MAX_SOURCE));
        }
        return text;
    }
}
