package org.enchufe.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The single sign-on providers configured ({@code spring.security.oauth2.client.registration.*}),
 * as the sign-in and invitation pages offer them: none when nothing is configured.
 */
@Component
class SingleSignOnProviders {

    /** One provider's button: where it starts ({@code /oauth2/authorization/<id>}) and its name. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers;

    SingleSignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    List<Provider> all() {
        return providers;
    }
}
