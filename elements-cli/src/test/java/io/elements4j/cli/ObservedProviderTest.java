package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ElementsProvider;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The CLI's wrapper around the chosen provider answers as the provider does, but for what it observes. */
class ObservedProviderTest {

    @Test
    void forwards_every_method_of_the_provider_interface_none_left_to_its_default() {
        // A default left in place would answer for the provider: useapi's longer timeouts (defaults()) would be lost
        // to the facade, a provider chosen only by name would become "the only one", prepare() would do nothing.
        for (Method method : ElementsProvider.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            assertThat(declares(method))
                    .as("ObservedProvider overrides %s", method.getName())
                    .isTrue();
        }
    }

    @Test
    void its_client_forwards_every_method_of_the_ports_none_left_to_its_default() throws ClassNotFoundException {
        // A port's default answers Unsupported: left in place, it would hide an operation the vendor's client offers.
        Class<?> client = Class.forName(ObservedProvider.class.getName() + "$ObservedClient");
        for (Method method : VendorClient.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            assertThat(declares(client, method))
                    .as("ObservedClient overrides %s", method.getName())
                    .isTrue();
        }
    }

    private static boolean declares(Method method) {
        return declares(ObservedProvider.class, method);
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
