package io.elements4j.cli;

import java.util.Map;

/** What one invocation did: its exit code and everything it wrote. */
record CliResult(int exitCode, String out, String err) {

    /** stdout as the one JSON document it must be; fails the test if it is anything else. */
    Map<String, Object> json() {
        return JsonReader.object(out);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
}
