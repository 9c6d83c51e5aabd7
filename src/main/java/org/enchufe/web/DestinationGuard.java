package org.enchufe.web;

import java.util.regex.Pattern;

import org.enchufe.classroom.live.Instructors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.util.matcher.MessageMatcher;

/**
 * Where a page may subscribe and send, checked on every frame it sends with Spring Security's
 * message authorization. A page subscribes only to its own queues — {@code /user/queue/<name>},
 * which the server resolves to this connection's own destinations; the classroom's dashboard and
 * shoulder queues, {@code /user/queue/dashboard} and {@code /user/queue/shoulder}, only with an
 * instructor's sign-in — and sends only to
 * {@code /app/…}, the controllers. Anything else is refused: broker destinations
 * ({@code /queue/…}, {@code /topic/…}), another user's {@code /user/<name>/…}, and any pattern
 * ({@code *}, {@code **}, {@code ?}, {@code {…}}), which the simple broker would match against
 * everyone's destinations. A refused frame goes nowhere; the page gets an ERROR frame saying what
 * was refused, and STOMP closes the connection.
 *
 * <p>We enforce the decision here rather than with {@code @EnableWebSocketSecurity}: its
 * interceptor refuses by throwing, and with the receive order preserved (WebSocketConfig) Spring
 * logs the exception and drops the frame without telling the page or closing the connection.
 */
class DestinationGuard implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(DestinationGuard.class);

    /** The classroom's dashboard queue: instructors only (which class each may watch, DashboardController decides). */
    static final Pattern DASHBOARD_QUEUE = Pattern.compile("/user/queue/dashboard");
    /** A student's work seen over their shoulder: instructors only (whose, ShoulderController decides). */
    static final Pattern SHOULDER_QUEUE = Pattern.compile("/user/queue/shoulder");
    /** A queue of one's own: one path segment of lower-case letters, digits and dashes. */
    static final Pattern OWN_QUEUE = Pattern.compile("/user/queue/[a-z][a-z0-9-]*");
    /** A controller's address: segments of letters, digits and dashes; no dots, no patterns. */
    static final Pattern COMMAND = Pattern.compile("/app(/[A-Za-z0-9][A-Za-z0-9-]*)+");

    static final AuthorizationManager<Message<?>> RULES = MessageMatcherDelegatingAuthorizationManager.builder()
            .simpTypeMatchers(SimpMessageType.CONNECT, SimpMessageType.HEARTBEAT, SimpMessageType.UNSUBSCRIBE,
                    SimpMessageType.DISCONNECT).permitAll()
            .matchers(destination(SimpMessageType.SUBSCRIBE, DASHBOARD_QUEUE)).hasRole("INSTRUCTOR")
            .matchers(destination(SimpMessageType.SUBSCRIBE, SHOULDER_QUEUE)).hasRole("INSTRUCTOR")
            .matchers(destination(SimpMessageType.SUBSCRIBE, OWN_QUEUE)).permitAll()
            .matchers(destination(SimpMessageType.MESSAGE, COMMAND)).permitAll()
            .anyMessage().denyAll()
            .build();

    /** Pages have no account; the classroom's instructors will (their login makes an Authentication). */
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("stomp", "page",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<MessageChannel> clientOutbound;

    DestinationGuard(ObjectProvider<MessageChannel> clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        AuthorizationResult result = RULES.authorize(() -> authentication(message), message);
        if (result == null || result.isGranted()) {
            return message;
        }
        refuse(message);
        return null;
    }

    /** The connection's user: its sign-in when the page had one at the handshake (an instructor), else anonymous. */
    private static Authentication authentication(Message<?> message) {
        if (SimpMessageHeaderAccessor.getUser(message.getHeaders()) instanceof Authentication user) {
            return user;
        }
        return Instructors.signedIn(SimpMessageHeaderAccessor.getSessionAttributes(message.getHeaders())).orElse(ANONYMOUS);
    }

    /** Tells the page what was refused (an ERROR frame, after which the server closes the connection). */
    private void refuse(Message<?> message) {
        SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        String what = (type == SimpMessageType.MESSAGE ? "SEND" : String.valueOf(type)) + " " + printable(destination);
        log.info("refused STOMP {} from {}", what, SimpMessageHeaderAccessor.getUser(message.getHeaders()));
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage("refused: " + what + " (subscribe only to /user/queue/<name>, send only to /app/...)");
        error.setSessionId(SimpMessageHeaderAccessor.getSessionId(message.getHeaders()));
        clientOutbound.getObject().send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
    }

    /** The destination as a client gave it, made safe for a log line: no line breaks, no control characters, 200 at most. */
    static String printable(String destination) {
        if (destination == null) {
            return "(none)";
        }
        String shown = destination.length() > 200 ? destination.substring(0, 200) + "…" : destination;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static MessageMatcher<Object> destination(SimpMessageType type, Pattern allowed) {
        return message -> {
            String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
            return type == SimpMessageHeaderAccessor.getMessageType(message.getHeaders())
                    && destination != null && allowed.matcher(destination).matches();
        };
    }
}
