package io.elements4j.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A host app that uses the auto-configured {@code Elements} bean; configured by properties alone. */
@SpringBootApplication
public class ExampleApplication {

    /**
     * Starts the app.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
