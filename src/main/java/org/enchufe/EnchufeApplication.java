package org.enchufe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application. {@code run FILE.py} as the first arguments runs a script with
 * Enchufe's Python instead, {@code lessons …} runs the lesson authors' tools; {@code healthcheck} asks a running instance whether it is healthy.
 */
@SpringBootApplication
public class EnchufeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("healthcheck")) {
            System.exit(HealthCheck.run());
        }
        if (args.length > 0 && args[0].equals("lessons")) {
            System.exit(org.enchufe.lessons.LessonsCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                            java.nio.charset.StandardCharsets.UTF_8), System.err));
        }
        if (args.length > 0 && args[0].equals("run")) {
            System.exit(PythonCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(EnchufeApplication.class, args);
    }
}
