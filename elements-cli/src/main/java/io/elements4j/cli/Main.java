package io.elements4j.cli;

import java.util.Arrays;

/** The {@code elements} executable. */
public final class Main {

    // slf4j-simple's settings, by name: the CLI does not compile against any logging API.
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging(Arrays.asList(args).contains("--verbose"));
        System.exit(ElementsCli.execute(CliContext.system(), args));
    }

    /**
     * The adapters log through SLF4J (HTTP lines with credentials redacted). Those lines are for {@code --verbose};
     * otherwise stderr carries only the CLI's own notes and errors. A user's own -D setting wins.
     */
    private static void quietLogging(boolean verbose) {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, verbose ? "debug" : "off");
        }
        if (System.getProperty(LOG_FILE) == null) {
            System.setProperty(LOG_FILE, "System.err");
        }
    }
}
