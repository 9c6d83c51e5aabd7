package org.enchufe.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/** The "not found" page, in the student's language, with status 404. */
final class NotFound {

    private NotFound() {
    }

    static String page(HttpServletResponse response, Model model, ClientMessages clientMessages, Locale locale) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("clientMessages", clientMessages.json(locale));
        return "notfound";
    }
}
