package io.elements4j.conformance.broken;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.conformance.reference.InMemoryVendor;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;

/**
 * The suite against each broken provider. These classes are not named {@code *Test}, so the build does not run
 * them directly: {@code ConformanceSuiteSelfTest} runs them and expects them to fail.
 */
public final class BrokenSuiteRuns {

    private BrokenSuiteRuns() {}

    public static class DropsTagsRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.DropsTags();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    public static class ResendsCreatesRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.ResendsCreates();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    public static class HidesFailuresRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.HidesFailures();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    public static class LeaksSecretsRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.LeaksSecrets();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    public static class FailsOnBadPollsRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.FailsOnBadPolls();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    public static class ResendsCreatesBlindlyRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.ResendsCreatesBlindly();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    public static class KeylessListerRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new BrokenProviders.KeylessLister();
        }

        @Override
        protected VendorSimulator startSimulator() {
            return new InMemoryVendor(provider().metadata().id());
        }
    }

    /** The same provider, its conformance class saying the listing cannot tell which element a create made. */
    public static class KeylessListerThatCannotRecoverRun extends KeylessListerRun {
        @Override
        protected boolean recoversLostCreatesFromListing() {
            return false;
        }
    }
}
