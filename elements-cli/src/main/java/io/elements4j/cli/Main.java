package io.elements4j.cli;

/** The {@code elements} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ElementsCli.execute(CliContext.system(), args));
    }
}
