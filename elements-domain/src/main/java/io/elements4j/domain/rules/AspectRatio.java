package io.elements4j.domain.rules;

/** A width:height ratio such as 16:9, matched with a small tolerance (encoders round dimensions). */
public record AspectRatio(int width, int height) {

    private static final double TOLERANCE = 0.02;

    /** The LANDSCAPE 16 9. */
    public static final AspectRatio LANDSCAPE_16_9 = new AspectRatio(16, 9);
    /** The PORTRAIT 9 16. */
    public static final AspectRatio PORTRAIT_9_16 = new AspectRatio(9, 16);

    /**
     * Creates the value, checking every component.
     */
    public AspectRatio {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an aspect ratio has positive terms: " + width + ":" + height);
        }
    }

    /**
     * The value.
     */
    public double value() {
        return (double) width / height;
    }

    /**
     * Whether a width/height quotient is this ratio, within 2%.
     *
     * @return whether a width/height quotient is this ratio, within 2%
     */
    public boolean matches(double aspect) {
        return Math.abs(aspect - value()) <= value() * TOLERANCE;
    }

    @Override
    public String toString() {
        return width + ":" + height;
    }
}
