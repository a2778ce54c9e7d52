package io.elements4j.cli;

import io.vavr.control.Option;
import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest declares ({@code dev} when run from classes). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Option.of(Version.class.getPackage())
                .flatMap(p -> Option.of(p.getImplementationVersion()))
                .getOrElse("dev");
        return new String[] {"elements " + version + " (elements4j)"};
    }
}
