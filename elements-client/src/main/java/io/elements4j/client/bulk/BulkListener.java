package io.elements4j.client.bulk;

/**
 * Told how a bulk run progresses: after every create accepted or turned away and every draft finished. Called on
 * whichever thread saw the change, one call at a time; keep it quick (print a progress bar, update a gauge).
 */
@FunctionalInterface
public interface BulkListener {

    /**
     * The run's counts changed.
     *
     * @param progress the counts now
     */
    void progress(BulkProgress progress);

    /**
     * A listener that ignores every report.
     *
     * @return the no-op listener
     */
    static BulkListener none() {
        return progress -> {};
    }
}
