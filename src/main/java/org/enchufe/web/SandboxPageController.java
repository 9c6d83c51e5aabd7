package org.enchufe.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.enchufe.workbench.Drafts;
import org.enchufe.workbench.WorkspaceArchive;
import org.enchufe.workbench.WorkspaceCookie;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The free sandbox page: the workbench with the workspace's files already in the editor. */
@Controller
class SandboxPageController {

    private final Drafts drafts;
    private final ClientMessages clientMessages;
    private final JsonMapper json;

    SandboxPageController(Drafts drafts, ClientMessages clientMessages, JsonMapper json) {
        this.drafts = drafts;
        this.clientMessages = clientMessages;
        this.json = json;
    }

    @GetMapping("/sandbox")
    String sandbox(HttpServletRequest request, Model model, Locale locale) {
        String workspace = WorkspaceCookie.of(request).orElseThrow();
        List<Map<String, Object>> files = drafts.files(workspace, locale).stream()
                .map(d -> Map.<String, Object>of("name", d.filename(), "source", d.source(), "version", d.version())).toList();
        // "<" never appears raw, so no file can close the script element early.
        model.addAttribute("files", json.writeValueAsString(files).replace("<", "\\u003c"));
        model.addAttribute("clientMessages", clientMessages.json(locale));
        model.addAttribute("networks", org.enchufe.workbench.Networks.OFFERED);
        return "sandbox";
    }

    /** The workspace's files as a zip to take home ("Export"); the page's Import reads it back. */
    @GetMapping("/sandbox/export")
    ResponseEntity<byte[]> export(HttpServletRequest request, Locale locale) {
        String workspace = WorkspaceCookie.of(request).orElseThrow();
        String name = locale.getLanguage().equals("en") ? "enchufe-files.zip" : "enchufe-ficheros.zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(WorkspaceArchive.zip(drafts.files(workspace, locale)));
    }
}
