package io.elements4j.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Where commands write: results on stdout (text, or exactly one JSON document with {@code --json}), notes, progress
 * and errors on stderr. Everything passes through {@link #redact}, so a credential that reached a message by
 * accident is still never printed.
 */
final class Output {

    private static final String MASK = "****";
    // Shorter values would mask ordinary words; no real credential is this short.
    private static final int MIN_SECRET_LENGTH = 6;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean verbose;
    private final Seq<String> secrets;
    private boolean documentWritten;
    private boolean jsonLinesWritten;
    private boolean progressShown;

    Output(PrintWriter out, PrintWriter err, boolean json, boolean verbose, Seq<String> secrets) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.verbose = verbose;
        this.secrets =
                secrets.filter(s -> s.length() >= MIN_SECRET_LENGTH).distinct().sortBy(s -> -s.length());
    }

    boolean json() {
        return json;
    }

    boolean verbose() {
        return verbose;
    }

    /** A line of the human-readable result; ignored with {@code --json}. */
    void line(String text) {
        if (!json) {
            endProgress();
            out.println(redact(text));
            out.flush();
        }
    }

    void lines(Seq<String> texts) {
        texts.forEach(this::line);
    }

    /** The one JSON document of this invocation; a second one is a bug and is refused. */
    void document(Json.Obj document) {
        if (!json) {
            return;
        }
        if (documentWritten) {
            throw new IllegalStateException("a second JSON document in one invocation");
        }
        documentWritten = true;
        // After JSON Lines the document is one line too, so the whole of stdout reads as JSON Lines.
        String text = Json.write(document);
        out.println(redact(jsonLinesWritten ? text.replaceAll("\n *", "") : text));
        out.flush();
    }

    /**
     * One line of a JSON Lines result, before the invocation's one document: {@code create --from} writes one per
     * draft. Only with {@code --json}.
     */
    void jsonLine(Json.Obj line) {
        if (json) {
            endProgress();
            jsonLinesWritten = true;
            out.println(redact(Json.write(line).replaceAll("\n *", "")));
            out.flush();
        }
    }

    boolean documentWritten() {
        return documentWritten;
    }

    /** A note for the person at the terminal, on stderr, in both modes. */
    void note(String text) {
        endProgress();
        err.println(redact(text));
        err.flush();
    }

    /** Rewrites the current progress line on stderr. */
    void progress(String text) {
        err.print("\r" + redact(text) + "\u001b[K");
        err.flush();
        progressShown = true;
    }

    void endProgress() {
        if (progressShown) {
            err.println();
            err.flush();
            progressShown = false;
        }
    }

    /** The stack trace, only with {@code --verbose}. */
    void stackTrace(Throwable failure) {
        if (verbose) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            endProgress();
            err.print(redact(trace.toString()));
            err.flush();
        }
    }

    String redact(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    static Seq<String> none() {
        return List.empty();
    }
}
