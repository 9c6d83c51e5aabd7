package org.enchufe.workbench;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * An HTTP request the server will not serve, answered before any page or WebSocket exists: a
 * status and a short page in the person's language (the same locale the pages would use).
 */
@Component
public class Refusal {

    private final MessageSource messages;
    private final LocaleResolver locales;

    Refusal(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Answers {@code status} with the text {@code key} (its title is {@code refused.title}); Retry-After when given. */
    public void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Long retryAfterSeconds,
                     String key, Object... args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("refused.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage(key, args, locale));
        response.setStatus(status.value());
        if (retryAfterSeconds != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
                + title + "</title><h1>" + title + "</h1><p>" + text + "</p></html>\n");
    }
}
