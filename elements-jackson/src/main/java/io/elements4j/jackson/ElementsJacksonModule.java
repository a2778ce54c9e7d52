package io.elements4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.elements4j.json.DomainJson;
import java.io.IOException;

/**
 * Jackson 2: writes elements4j's domain values — elements, tasks, pages, tags, voices, deletions, errors — in the
 * shape the CLI writes with {@code --json} ({@link DomainJson}): ids as strings, Vavr's {@code Option} as its value
 * or null, Vavr's collections as whole arrays. Register it on a mapper
 * ({@code JsonMapper.builder().addModule(new ElementsJacksonModule())}); the Spring Boot starter registers its
 * Jackson 3 twin, {@code ElementsJackson3Module}. Writing only: the values are answers to return, not requests to
 * read.
 */
public final class ElementsJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module writing every type {@link DomainJson} shapes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ElementsJacksonModule() {
        super("elements4j");
        DomainSerializer serializer = new DomainSerializer();
        for (Class<?> type : DomainJson.TYPES) {
            addSerializer((Class) type, serializer);
        }
    }

    /** Writes a value's {@link DomainJson#tree tree} with the mapper's own writers. */
    private static final class DomainSerializer extends StdSerializer<Object> {

        private static final long serialVersionUID = 1L;

        DomainSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(DomainJson.tree(value), generator);
        }
    }
}
