package io.elements4j.domain.prompt;

/** The stable codes of prompt {@link io.elements4j.domain.rules.RuleViolation violations}; programs may match on them. */
public final class PromptCodes {

    /** Images and elements together exceed 7, or 4 with a reference video. */
    public static final String TOO_MANY_REFERENCES = "prompt.too_many_references";
    /** A video element is mentioned while the generation also has a reference video. */
    public static final String VIDEO_ELEMENT_WITH_REFERENCE_VIDEO = "prompt.video_element_with_reference_video";
    /** More than 3 elements while a first or end frame is used. */
    public static final String TOO_MANY_ELEMENTS_WITH_FRAMES = "prompt.too_many_elements_with_frames";
    /** An end frame without a first frame. */
    public static final String END_FRAME_WITHOUT_FIRST_FRAME = "prompt.end_frame_without_first_frame";
    /** An end frame while more than 2 images (frames included) are used. */
    public static final String END_FRAME_WITH_TOO_MANY_IMAGES = "prompt.end_frame_with_too_many_images";
    /** The rendered prompt is longer than 2500 characters. */
    public static final String TOO_LONG = "prompt.too_long";
    /** The rendered prompt is empty or only white space. */
    public static final String BLANK = "prompt.blank";
    /** Two different elements share a name, so a {@code <<<name>>>} prompt cannot tell them apart. */
    public static final String AMBIGUOUS_NAME = "prompt.ambiguous_name";
    /** An element's name cannot be written as {@code <<<name>>>} without being misread. */
    public static final String NAME_UNUSABLE = "prompt.name_unusable";
    /** The user's text contains something the vendor would read as an element reference. */
    public static final String LITERAL_REFERENCE = "prompt.literal_reference";
    /** Text touching a mention changes how the vendor reads it ({@code @element_1} followed by {@code 0}). */
    public static final String MENTION_RUN_ON = "prompt.mention_run_on";
    /** One element id is mentioned with different names or kinds. */
    public static final String CONFLICTING_MENTIONS = "prompt.conflicting_mentions";
    /** A template placeholder has no binding. */
    public static final String UNKNOWN_PLACEHOLDER = "prompt.unknown_placeholder";
    /** A template's <code>{{</code> is never closed by <code>}}</code>. */
    public static final String UNCLOSED_PLACEHOLDER = "prompt.unclosed_placeholder";

    private PromptCodes() {}
}
