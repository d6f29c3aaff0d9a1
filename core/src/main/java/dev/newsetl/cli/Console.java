package dev.newsetl.cli;

import java.io.PrintStream;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every command works with: its two streams and the way to start Spring.
 *
 * @param spring starts the application context with the given Spring arguments
 */
record Console(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> spring) {

    ConfigurableApplicationContext start(java.util.List<String> springArgs) {
        return spring.apply(springArgs.toArray(String[]::new));
    }
}
