package org.enchufe.web;

import org.enchufe.workbench.Refusal;
import org.enchufe.workbench.TokenBuckets;
import org.enchufe.workbench.WorkspaceIds;
import org.enchufe.workbench.WorkspaceOrigins;
import org.enchufe.workbench.WorkspaceSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws}. Browsers send commands to {@code /app/…}; each browser
 * receives its own events on {@code /user/queue/…}, because the handshake names the connection
 * after the workspace its cookie proves ({@link WorkspaceHandshake}). Who may subscribe and
 * send where is {@link DestinationGuard}'s; pages from other origins may not connect at all
 * (Spring's same-origin check, as no allowed origins are configured).
 */
@Configuration
@EnableWebSocketMessageBroker
class WebSocketConfig implements WebSocketMessageBrokerConfigurer {

    private final WorkspaceIds ids;
    private final Refusal refusal;
    private final TokenBuckets connections;
    private final ObjectProvider<MessageChannel> clientOutbound;
    private final WorkspaceOrigins origins;

    WebSocketConfig(WorkspaceIds ids, Refusal refusal, WorkspaceSettings settings, WorkspaceOrigins origins,
                    @Qualifier("clientOutboundChannel") ObjectProvider<MessageChannel> clientOutbound) {
        this.ids = ids;
        this.origins = origins;
        this.refusal = refusal;
        this.connections = new TokenBuckets(settings.connections().rate());
        this.clientOutbound = clientOutbound;
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new DestinationGuard(clientOutbound));
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Commands from one browser are handled in the order it sent them.
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint("/ws")
                .setHandshakeHandler(new WorkspaceHandshakeHandler())
                .addInterceptors(new ConnectionLimit(connections, refusal), new WorkspaceHandshake(ids, refusal, origins),
                        new SignedInHandshake());
    }

    /**
     * The largest frame a browser may send: a whole file (50 000 characters) as JSON fits with room
     * to spare. Tomcat's own frame buffer is set to the same in application.properties
     * ({@code org.apache.tomcat.websocket.textBufferSize}).
     */
    static final int MAX_INBOUND_BYTES = 256 * 1024;

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(MAX_INBOUND_BYTES);
        // A browser that cannot keep up is disconnected (it reconnects and gets the state) rather
        // than let its backlog grow without bound.
        registration.setSendBufferSizeLimit(4 * 1024 * 1024);
        registration.setSendTimeLimit(20_000);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/queue", "/topic");
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        // Events reach each browser in the order the sandbox emitted them, not the order the
        // outbound thread pool happens to run.
        registry.setPreservePublishOrder(true);
    }
}
