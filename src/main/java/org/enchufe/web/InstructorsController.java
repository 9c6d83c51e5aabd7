package org.enchufe.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.enchufe.classroom.people.Instructor;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.classroom.people.Invitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /instructors}: who teaches on this server, the invitations still open, and a form to
 * invite someone — the link is shown once, to be sent by the instructor however they like.
 */
@Controller
class InstructorsController {

    private final Instructors instructors;
    private final Invitations invitations;

    InstructorsController(Instructors instructors, Invitations invitations) {
        this.instructors = instructors;
        this.invitations = invitations;
    }

    @GetMapping("/instructors")
    String list(Model model) {
        model.addAttribute("instructors", instructors.all());
        model.addAttribute("invitations", invitations.open());
        return "instructors";
    }

    @PostMapping("/instructors/invitations")
    String invite(Principal signedIn, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Instructor me = instructors.byUsername(signedIn.getName()).orElseThrow();
        Invitations.Issued issued = invitations.invite(me, note);
        redirect.addFlashAttribute("invitationLink", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/invitations/{token}").buildAndExpand(issued.token()).toUriString());
        redirect.addFlashAttribute("invitationExpires", issued.invitation().expiresAt());
        return "redirect:/instructors";
    }
}
