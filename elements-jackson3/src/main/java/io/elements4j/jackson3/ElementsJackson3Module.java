package io.elements4j.jackson3;

import io.elements4j.json.DomainJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson 3 ({@code tools.jackson}, as Spring Boot 4 uses): writes elements4j's domain values — elements, tasks,
 * pages, tags, voices, deletions, errors — in the shape the CLI writes with {@code --json} ({@link DomainJson}):
 * ids as strings, Vavr's {@code Option} as its value or null, Vavr's collections as whole arrays. The Spring Boot
 * starter registers it with the app's {@code JsonMapper}; elsewhere,
 * {@code JsonMapper.builder().addModule(new ElementsJackson3Module())}. Writing only: the values are answers to
 * return, not requests to read.
 */
public final class ElementsJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module writing every type {@link DomainJson} shapes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ElementsJackson3Module() {
        super("elements4j");
        DomainSerializer serializer = new DomainSerializer();
        for (Class<?> type : DomainJson.TYPES) {
            addSerializer((Class) type, serializer);
        }
    }

    /** Writes a value's {@link DomainJson#tree tree} with the mapper's own writers. */
    private static final class DomainSerializer extends StdSerializer<Object> {

        DomainSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
            context.writeValue(generator, DomainJson.tree(value));
        }
    }
}
