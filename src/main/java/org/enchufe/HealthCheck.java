package org.enchufe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java -jar enchufe.jar healthcheck}: asks the running app on this machine whether it is
 * healthy, for a container's HEALTHCHECK, without needing curl in the image. Exit code 0 = healthy.
 */
final class HealthCheck {

    private HealthCheck() {
    }

    static int run() {
        String port = System.getenv().getOrDefault("PORT", "8080");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().contains("\"UP\"");
            System.out.println(up ? "healthy" : "unhealthy: " + response.statusCode() + " " + response.body());
            return up ? 0 : 1;
        } catch (Exception e) {
            System.out.println("unhealthy: " + e);
            return 1;
        }
    }
}
