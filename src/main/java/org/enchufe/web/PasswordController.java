package org.enchufe.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.classroom.people.Instructor;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.workbench.TokenBuckets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /instructors/password}: a signed-in instructor changes their password, typing the
 * current one first. Wrong current passwords are limited per account (5 at once, then 2 a
 * minute), so a session left open on a shared computer cannot be used to guess it.
 */
@Controller
class PasswordController {

    static final TokenBuckets.Rate WRONG_CURRENT = new TokenBuckets.Rate(5, 2);

    private final Instructors instructors;
    private final TokenBuckets wrongCurrent = new TokenBuckets(WRONG_CURRENT);

    PasswordController(Instructors instructors) {
        this.instructors = instructors;
    }

    @GetMapping("/instructors/password")
    String form(Principal signedIn, Model model) {
        model.addAttribute("hasPassword", instructors.byUsername(signedIn.getName())
                .map(Instructor::passwordHash).isPresent());
        return "password";
    }

    @PostMapping("/instructors/password")
    String change(Principal signedIn, @RequestParam(defaultValue = "") String current,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String again,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String username = signedIn.getName();
        if (!wrongCurrent.has(username)) {
            return refused(model, response, HttpStatus.TOO_MANY_REQUESTS, "account.password.tooMany",
                    wrongCurrent.retryAfterSeconds());
        }
        return switch (instructors.changePassword(username, current, password, again)) {
            case Instructors.PasswordChange.Changed changed -> {
                redirect.addFlashAttribute("changed", true);
                yield "redirect:/instructors/password";
            }
            case Instructors.PasswordChange.Refused(var problem) when problem.equals("account.password.wrong") -> {
                wrongCurrent.take(username);
                yield refused(model, response, HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
            }
            case Instructors.PasswordChange.Refused(var problem) ->
                    refused(model, response, HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
        };
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, String problem, Long seconds) {
        response.setStatus(status.value());
        model.addAttribute("hasPassword", true);
        model.addAttribute("problem", problem);
        model.addAttribute("seconds", seconds);
        return "password";
    }
}
