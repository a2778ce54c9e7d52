package io.elements4j.domain.prompt;

/**
 * The references a generation call carries besides its elements, as far as the combined-reference limits care.
 *
 * <p>First and end frames are images too: {@link #imageCount()} counts them, because the vendor's limits count
 * every entry of its image list, whatever role it plays.
 *
 * @param plainImages    reference images that are neither first nor end frame
 * @param referenceVideo whether a reference video (for editing or as a feature reference) is attached
 * @param firstFrame     whether an image is the first frame
 * @param endFrame       whether an image is the end frame
 */
public record GenerationReferences(int plainImages, boolean referenceVideo, boolean firstFrame, boolean endFrame) {

    /**
     * Creates the value, checking every component.
     */
    public GenerationReferences {
        if (plainImages < 0) {
            throw new IllegalArgumentException("plainImages must not be negative: " + plainImages);
        }
    }

    /**
     * Text and elements only.
     *
     * @return text and elements only
     */
    public static GenerationReferences none() {
        return new GenerationReferences(0, false, false, false);
    }

    /**
     * {@code count} reference images, none of them a frame.
     *
     * @param count how many
     * @return {@code count} reference images, none of them a frame
     */
    public static GenerationReferences withImages(int count) {
        return none().andImages(count);
    }

    /**
     * A copy with the given reference video.
     *
     * @return a copy with the given reference video
     */
    public static GenerationReferences withReferenceVideo() {
        return none().andReferenceVideo();
    }

    /**
     * A copy with the given first frame.
     *
     * @return a copy with the given first frame
     */
    public static GenerationReferences withFirstFrame() {
        return none().andFirstFrame();
    }

    /**
     * A copy with the given first and end frame.
     *
     * @return a copy with the given first and end frame
     */
    public static GenerationReferences withFirstAndEndFrame() {
        return none().andFirstFrame().andEndFrame();
    }

    /**
     * These references plus {@code count} more plain images.
     *
     * @param count how many
     * @return these references plus {@code count} more plain images
     */
    public GenerationReferences andImages(int count) {
        return new GenerationReferences(plainImages + count, referenceVideo, firstFrame, endFrame);
    }

    /**
     * The and reference video.
     */
    public GenerationReferences andReferenceVideo() {
        return new GenerationReferences(plainImages, true, firstFrame, endFrame);
    }

    /**
     * The and first frame.
     */
    public GenerationReferences andFirstFrame() {
        return new GenerationReferences(plainImages, referenceVideo, true, endFrame);
    }

    /**
     * The and end frame.
     */
    public GenerationReferences andEndFrame() {
        return new GenerationReferences(plainImages, referenceVideo, firstFrame, true);
    }

    /**
     * Every image of the call: plain images and the frames.
     *
     * @return every image of the call: plain images and the frames
     */
    public int imageCount() {
        return plainImages + (firstFrame ? 1 : 0) + (endFrame ? 1 : 0);
    }

    /**
     * Whether this generation references uses frames.
     *
     * @return whether this generation references uses frames
     */
    public boolean usesFrames() {
        return firstFrame || endFrame;
    }
}
