package io.elements4j.spring;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The {@code elements-vendor} health group, as defaults any property of the app overrides: it holds the
 * {@code elements} indicator, ranks {@code VENDOR_DOWN} first and answers it 503, so
 * {@code /actuator/health/elements-vendor} tells a monitor the vendor is down while {@code /actuator/health} stays UP.
 */
final class ElementsHealthGroup implements EnvironmentPostProcessor, Ordered {

    static final String GROUP = "management.endpoint.health.group.elements-vendor.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "elementsHealthGroupDefaults",
                        Map.of(
                                GROUP + "include", "elements",
                                GROUP + "status.order", "VENDOR_DOWN,DOWN,OUT_OF_SERVICE,UP,UNKNOWN",
                                GROUP + "status.http-mapping.VENDOR_DOWN", "503",
                                GROUP + "status.http-mapping.DOWN", "503")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
