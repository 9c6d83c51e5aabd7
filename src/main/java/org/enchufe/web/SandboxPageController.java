package org.enchufe.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.enchufe.workbench.Drafts;
import org.enchufe.workbench.WorkspaceCookie;
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
        List<Map<String, String>> files = drafts.files(workspace).stream()
                .map(d -> Map.of("name", d.filename(), "source", d.source())).toList();
        // "<" never appears raw, so no file can close the script element early.
        model.addAttribute("files", json.writeValueAsString(files).replace("<", "\\u003c"));
        model.addAttribute("clientMessages", clientMessages.json(locale));
        model.addAttribute("networks", org.enchufe.workbench.Networks.OFFERED);
        return "sandbox";
    }
}
