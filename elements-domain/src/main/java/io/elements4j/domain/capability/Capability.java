package io.elements4j.domain.capability;

/**
 * What a provider can do. The conformance suite gates each test on these, and an operation whose capability is
 * absent answers {@code Unsupported} — never an exception, never a fake result.
 *
 * <p>This lives in the domain rather than the SPI because the domain's {@code Unsupported} error names one.
 */
public enum Capability {
    CREATE_IMAGE_ELEMENT("create image elements"),
    CREATE_VIDEO_ELEMENT("create video elements"),
    VOICE_BINDING("bind a voice to an element"),
    GENERATE_VIEWS("generate extra views of an image element"),
    TAGS_ON_CREATE("tag elements on creation"),
    CALLBACKS("report task completion to a callback URL"),
    IDEMPOTENT_CREATE("deduplicate creates by an idempotency key"),
    TASK_QUERY("look up a creation task"),
    FIND("find an element by id"),
    LIST("list the account's elements"),
    PRESETS("list the vendor's preset elements"),
    DELETE("delete elements"),
    TAG_CATALOGUE("list the tag catalogue"),
    VOICE_CATALOGUE("list voices");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** A plain phrase for messages: "list the account's elements". */
    public String description() {
        return description;
    }
}
