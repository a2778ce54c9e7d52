package io.elements4j.domain.capability;

/**
 * What a provider can do. The conformance suite gates each test on these, and an operation whose capability is
 * absent answers {@code Unsupported} — never an exception, never a fake result.
 *
 * <p>This lives in the domain rather than the SPI because the domain's {@code Unsupported} error names one.
 */
public enum Capability {
    /** Can create image elements. */
    CREATE_IMAGE_ELEMENT("create image elements"),
    /** Can create video elements. */
    CREATE_VIDEO_ELEMENT("create video elements"),
    /** Can bind a voice to an element. */
    VOICE_BINDING("bind a voice to an element"),
    /** Can generate extra views of an image element. */
    GENERATE_VIEWS("generate extra views of an image element"),
    /** Can tag elements on creation. */
    TAGS_ON_CREATE("tag elements on creation"),
    /** Can report task completion to a callback URL. */
    CALLBACKS("report task completion to a callback URL"),
    /** Can deduplicate creates by an idempotency key. */
    IDEMPOTENT_CREATE("deduplicate creates by an idempotency key"),
    /** Can look up a creation task. */
    TASK_QUERY("look up a creation task"),
    /** Can find an element by id. */
    FIND("find an element by id"),
    /** Can list the account's elements. */
    LIST("list the account's elements"),
    /** Can list the vendor's preset elements. */
    PRESETS("list the vendor's preset elements"),
    /** Can delete elements. */
    DELETE("delete elements"),
    /** Can list the tag catalogue. */
    TAG_CATALOGUE("list the tag catalogue"),
    /** Can list voices. */
    VOICE_CATALOGUE("list voices");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /**
     * A plain phrase for messages: "list the account's elements".
     *
     * @return a plain phrase for messages: "list the account's elements"
     */
    public String description() {
        return description;
    }
}
