package org.enchufe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.classroom.people.Instructors;
import org.enchufe.classroom.people.Invitations;
import org.enchufe.classroom.people.PendingInvitation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An invitation's link, {@code /invitations/{token}}: the invitee chooses a username and a
 * password, or (when single sign-on is configured) signs in with their institution's account,
 * which becomes theirs. A used or expired link says so.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final SingleSignOnProviders providers;

    InvitationController(Invitations invitations, SingleSignOnProviders providers) {
        this.invitations = invitations;
        this.providers = providers;
    }

    @GetMapping("/invitations/{token}")
    String form(@PathVariable String token, HttpServletResponse response, Model model) {
        if (invitations.usable(token).isEmpty()) {
            return gone(response, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("providers", providers.all());
        return "invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String again,
                  HttpServletResponse response, Model model) {
        if (!password.equals(again)) {
            return again(token, username, "account.password.mismatch", response, model);
        }
        return switch (invitations.accept(token, username, password)) {
            case Instructors.Outcome.Created created -> "redirect:/login?invited";
            case Instructors.Outcome.Refused(var problem) when problem.equals("invitation.gone") -> gone(response, model);
            case Instructors.Outcome.Refused(var problem) -> again(token, username, problem, response, model);
        };
    }

    /** Accepting by single sign-on: the token waits in the session while the person visits the provider. */
    @GetMapping("/invitations/{token}/sso/{provider}")
    String acceptBySingleSignOn(@PathVariable String token, @PathVariable String provider, HttpServletRequest request,
                                HttpServletResponse response, Model model) {
        boolean known = providers.all().stream().anyMatch(p -> p.id().equals(provider));
        if (!known || invitations.usable(token).isEmpty()) {
            return gone(response, model);
        }
        PendingInvitation.remember(request, token);
        return "redirect:/oauth2/authorization/" + provider;
    }

    private String again(String token, String username, String problem, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("token", token);
        model.addAttribute("username", username);
        model.addAttribute("problem", problem);
        model.addAttribute("providers", providers.all());
        return "invitation";
    }

    private static String gone(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("gone", true);
        return "invitation";
    }
}
