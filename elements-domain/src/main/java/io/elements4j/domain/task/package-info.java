/**
 * Creation tasks: a vendor makes an element asynchronously, and a task tells its state, progress and outcome.
 */
package io.elements4j.domain.task;
