package io.elements4j.mapstruct;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;

/**
 * MapStruct's default naming, except that a record's {@code with…} copy methods ({@code CreationTask.withState},
 * {@code Element.withStatus}) are not fluent setters. MapStruct otherwise takes any one-argument method that returns
 * its own type for a setter, so every mapping to such a record needed an {@code ignore = true} line per copy method;
 * records are built through their canonical constructor, which this leaves as it is.
 *
 * <p>Registered for {@code ServiceLoader} in {@code META-INF/services/org.mapstruct.ap.spi.AccessorNamingStrategy};
 * it takes effect where this jar is on the annotation processor path next to {@code mapstruct-processor}.
 */
public class RecordAccessorNaming extends DefaultAccessorNamingStrategy {

    /** Creates the strategy; MapStruct does, through {@code ServiceLoader}. */
    public RecordAccessorNaming() {}

    @Override
    protected boolean isFluentSetter(ExecutableElement method) {
        return !isRecordCopyMethod(method) && super.isFluentSetter(method);
    }

    private static boolean isRecordCopyMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return method.getEnclosingElement().getKind() == ElementKind.RECORD
                && name.startsWith("with")
                && name.length() > 4
                && Character.isUpperCase(name.charAt(4));
    }
}
