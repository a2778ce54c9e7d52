package io.elements4j.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the simulator of the provider on the class path: the simulator starts on a loopback
 * port once per class and is {@link io.elements4j.sandbox.VendorSimulator#reset() reset} before each test, and test
 * methods (or constructors) may declare parameters of these types:
 *
 * <ul>
 *   <li>{@code io.elements4j.client.Elements}: a facade configured for the simulator, built per test and closed after;</li>
 *   <li>{@link io.elements4j.sandbox.VendorSimulator}: the simulator, to inject faults or read its journal;</li>
 *   <li>{@link io.elements4j.testkit.VirtualTime}: the time the facade and the simulator share, when
 *       {@link #virtualTime()} is on (the default), so waits of minutes finish at once.</li>
 * </ul>
 *
 * <pre>{@code
 * @ElementsSandbox
 * class CharacterServiceTest {
 *     @Test
 *     void creates_the_courier(Elements elements) {
 *         assertThat(new CharacterService(elements).createCourier()).isNotNull();
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ElementsSandboxExtension.class)
public @interface ElementsSandbox {

    /**
     * The provider to simulate. Empty (the default): the {@code elements.provider} system property if set, else
     * the only provider on the class path that a simulator exists for.
     *
     * @return the provider id, or "" to find it
     */
    String provider() default "";

    /**
     * Whether the facade and the simulator run on a shared {@link io.elements4j.testkit.VirtualTime} (the
     * default): waits and retries then never really sleep.
     *
     * @return true for virtual time, false for the real clock
     */
    boolean virtualTime() default true;
}
