package org.enchufe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application; {@code healthcheck} as the first argument asks a running one
 * whether it is healthy instead.
 */
@SpringBootApplication
public class EnchufeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("healthcheck")) {
            System.exit(HealthCheck.run());
        }
        SpringApplication.run(EnchufeApplication.class, args);
    }
}
