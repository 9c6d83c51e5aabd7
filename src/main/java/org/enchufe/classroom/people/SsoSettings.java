package org.enchufe.classroom.people;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who single sign-on makes an instructor besides those already linked or invited: anyone whose
 * provider vouches for an e-mail address ({@code email_verified}) in one of these domains
 * ({@code ENCHUFE_SSO_ALLOWED_DOMAINS}, comma-separated; empty: nobody).
 */
@ConfigurationProperties("enchufe.sso")
record SsoSettings(List<String> allowedDomains) {

    SsoSettings {
        allowedDomains = allowedDomains == null ? List.of()
                : allowedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
    }

    boolean allows(String email) {
        if (email == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        return at > 0 && allowedDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
