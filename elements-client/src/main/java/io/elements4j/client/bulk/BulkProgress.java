package io.elements4j.client.bulk;

/**
 * Where a bulk run stands: counts of drafts, each draft counted once in {@code finished} or {@code failed} when its
 * outcome is known.
 *
 * @param total       the drafts in the run
 * @param created     drafts the vendor accepted (in this run or, as the journal showed, an earlier one)
 * @param finished    drafts whose element exists (their task succeeded)
 * @param failed      drafts that ended any other way (refused, task failed, outcome unknown)
 * @param inFlight    drafts being sent or waited for now
 * @param concurrency the current limit of drafts in flight
 * @param rateLimited creates the vendor turned away as rate-limited so far (each sent again later)
 */
public record BulkProgress(
        int total, int created, int finished, int failed, int inFlight, int concurrency, int rateLimited) {

    /**
     * Whether every draft has its outcome.
     *
     * @return true when {@code finished + failed == total}
     */
    public boolean done() {
        return finished + failed == total;
    }
}
