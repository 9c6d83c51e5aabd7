package org.enchufe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.enchufe.classroom.people.SingleSignOn;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The instructors' sign-in page: username and password, and a button per single sign-on provider
 * when one is configured. After a failed attempt it says why in the person's language — a wrong
 * password, or an identity the provider vouched for that is not an instructor here.
 */
@Controller
class LoginController {

    private final SingleSignOnProviders providers;

    LoginController(SingleSignOnProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Authentication signedIn, Model model) {
        if (signedIn != null && signedIn.isAuthenticated()) {
            return "redirect:/classes";
        }
        model.addAttribute("providers", providers.all());
        if (request.getParameter("error") != null) {
            model.addAttribute("problem", problemKey(request.getSession(false)));
        }
        model.addAttribute("signedOut", request.getParameter("logout") != null);
        model.addAttribute("invited", request.getParameter("invited") != null);
        return "login";
    }

    private static String problemKey(HttpSession session) {
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof OAuth2AuthenticationException sso) {
            return SingleSignOn.NOT_AN_INSTRUCTOR.equals(sso.getError().getErrorCode()) ? "login.notInstructor" : "login.ssoFailed";
        }
        return "login.failed";
    }
}
