package io.elements4j.media;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a local file could not be read at all, as a value: {@link LocalMedia#read(Path)} answers with it instead of
 * throwing. A file that can be read but is no photo or video, or whose facts cannot be made out, is no problem here:
 * it becomes a source the rules refuse, with a violation that says why.
 *
 * @param file the path as given
 * @param reason what kind of problem it is, for a program to act on
 * @param message what went wrong, in words that name the file
 */
public record LocalFileProblem(Path file, Reason reason, String message) {

    /** What kind of problem it is. */
    public enum Reason {
        /** Nothing exists at the path. */
        MISSING,
        /** Something exists at the path, but it is a directory or another kind of non-regular file. */
        NOT_A_FILE,
        /** The file exists but this process may not read it. */
        NOT_PERMITTED,
        /** Reading failed part way, or for another reason the operating system gave. */
        READ_FAILED
    }

    /**
     * Checks that every component is present.
     *
     * @param file the path as given
     * @param reason what kind of problem it is
     * @param message what went wrong, naming the file
     */
    public LocalFileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    static LocalFileProblem of(Path file, IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return new LocalFileProblem(file, Reason.MISSING, file + ": no such file");
        }
        if (failure instanceof AccessDeniedException) {
            return new LocalFileProblem(file, Reason.NOT_PERMITTED, file + ": not permitted to read it");
        }
        return new LocalFileProblem(
                file,
                Reason.READ_FAILED,
                file + ": cannot be read ("
                        + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage())
                        + ")");
    }

    static LocalFileProblem notAFile(Path file) {
        return new LocalFileProblem(file, Reason.NOT_A_FILE, file + ": not a regular file (a directory?)");
    }
}
