package io.elements4j.client;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.elements4j.architecture.ClientBoundary;
import org.junit.jupiter.api.Test;

/**
 * The public API stands without its implementation: no public member of a public type outside
 * {@code io.elements4j.client.internal} shows an internal type, so the Javadoc (which leaves the internal packages
 * out) describes everything a caller can touch. The rule is shown to catch a leak in {@code adapter-architecture}.
 */
class PublicApiTest {

    @Test
    void no_public_member_of_the_api_shows_an_internal_type() {
        ClientBoundary.apiRule()
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ClientBoundary.CLIENT));
    }
}
