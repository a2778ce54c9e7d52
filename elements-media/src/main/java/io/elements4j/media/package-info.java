/**
 * Reading local photos and videos for the rules: {@link io.elements4j.media.LocalMedia} turns a file into a
 * {@link io.elements4j.domain.media.MediaSource} whose facts are what the file really is, or answers why the file
 * cannot be read ({@link io.elements4j.media.LocalFileProblem}). The domain judges the facts; this module is where
 * bytes come off the disk.
 */
package io.elements4j.media;
