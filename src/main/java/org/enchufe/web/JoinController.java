package org.enchufe.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.classroom.classes.Enrolments;
import org.enchufe.classroom.classes.Enrolments.Joining;
import org.enchufe.classroom.classes.Enrolments.Lookup;
import org.enchufe.classroom.classes.JoinCode;
import org.enchufe.classroom.classes.Student;
import org.enchufe.workbench.Refusal;
import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Students joining a class: the code typed on {@code /join} or linked as {@code /join/{code}}, then
 * a display name — no account, no password. The student is this browser's workspace from then on
 * (a browser already in another class gets a new workspace), and is sent to their class's page
 * with their personal return link. Wrong codes are limited per client address ({@link JoinAttempts}).
 */
@Controller
class JoinController {

    private final Enrolments enrolments;
    private final WorkspaceIds ids;
    private final JoinAttempts attempts;
    private final Refusal refusal;

    JoinController(Enrolments enrolments, WorkspaceIds ids, JoinAttempts attempts, Refusal refusal) {
        this.enrolments = enrolments;
        this.ids = ids;
        this.attempts = attempts;
        this.refusal = refusal;
    }

    @GetMapping("/join")
    String typeTheCode(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                       Model model) throws IOException {
        if (code == null) {
            return "join";
        }
        Optional<String> normalized = JoinCode.normalized(code);
        if (normalized.isPresent()) {
            return "redirect:/join/" + normalized.get();
        }
        if (refused(request, response)) {
            return null;
        }
        attempts.wrongCode(request);
        model.addAttribute("code", code);
        model.addAttribute("problem", "join.unknown");
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "join";
    }

    @GetMapping("/join/{code}")
    String nameForm(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException {
        if (refused(request, response)) {
            return null;
        }
        switch (enrolments.lookUp(code)) {
            case Lookup.Open(var classroom) -> {
                Optional<Student> already = WorkspaceCookie.of(request).flatMap(enrolments::studentOf);
                if (already.filter(s -> s.classroom() == classroom.id()).isPresent()) {
                    return "redirect:/class";
                }
                // In another class: joining this one starts a separate workspace, and the page says so.
                already.flatMap(enrolments::classOf).ifPresent(other -> model.addAttribute("otherClass", other.name()));
                model.addAttribute("classroom", classroom);
            }
            case Lookup.Closed(var classroom) -> {
                model.addAttribute("closedClass", classroom.name());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
            case Lookup.Unknown() -> unknown(request, response, model, code);
        }
        return "join";
    }

    @PostMapping("/join/{code}")
    String join(@PathVariable String code, @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
        if (refused(request, response)) {
            return null;
        }
        Optional<String> workspace = ids.of(request);
        switch (enrolments.join(code, name, workspace, () -> ids.mint().id())) {
            case Joining.Joined(var student, var token) -> {
                if (workspace.filter(student.workspace()::equals).isEmpty()) {
                    response.addHeader(HttpHeaders.SET_COOKIE,
                            WorkspaceCookie.cookie(ids.cookieValue(student.workspace()), request.isSecure()).toString());
                }
                redirect.addFlashAttribute("returnToken", token);
                return "redirect:/class";
            }
            case Joining.AlreadyIn(var student) -> {
                return "redirect:/class";
            }
            case Joining.Refused(var problem) -> {
                if (enrolments.lookUp(code) instanceof Lookup.Open(var classroom)) {
                    model.addAttribute("classroom", classroom);
                }
                model.addAttribute("name", name);
                model.addAttribute("problem", problem);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "join";
            }
            case Joining.Closed() -> {
                return nameForm(code, request, response, model);
            }
        }
    }

    /** A wrong code: it costs one of the address's attempts, and the page says what to check. */
    private void unknown(HttpServletRequest request, HttpServletResponse response, Model model, String code) {
        attempts.wrongCode(request);
        model.addAttribute("code", code);
        model.addAttribute("problem", "join.unknown");
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Too many wrong codes from this address lately: every code is refused for now, right or wrong. */
    private boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!attempts.isBlocked(request)) {
            return false;
        }
        long seconds = attempts.retryAfterSeconds();
        refusal.send(request, response, HttpStatus.TOO_MANY_REQUESTS, seconds, "join.tooMany", seconds);
        return true;
    }
}
