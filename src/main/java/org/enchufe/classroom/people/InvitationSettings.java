package org.enchufe.classroom.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an invitation link works ({@code ENCHUFE_INVITATION_VALID_FOR}, 7 days). */
@ConfigurationProperties("enchufe.invitation")
record InvitationSettings(@DefaultValue("7d") Duration validFor) {
}
