package org.enchufe.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * A cookie-remembered locale that is always one Enchufe speaks: Spanish, the course's language,
 * unless the browser or the person prefers English.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

    SupportedLocaleResolver() {
        super("enchufe-lang");
        setDefaultLocaleFunction(request -> bestFor(request.getHeader("Accept-Language")));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supportedOrSpanish(locale));
    }

    /** The supported locale an Accept-Language header prefers; Spanish when it names neither. */
    static Locale bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SPANISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null ? match : SPANISH;
        } catch (IllegalArgumentException malformed) {
            return SPANISH;
        }
    }

    private static Locale supportedOrSpanish(Locale locale) {
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(SPANISH);
    }
}
