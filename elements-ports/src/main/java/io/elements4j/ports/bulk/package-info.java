/**
 * Bulk creation: many drafts at the vendor's limit ({@link io.elements4j.ports.Elements#createAll}), the adaptive
 * concurrency that finds that limit ({@link io.elements4j.ports.bulk.AdaptiveConcurrency}), progress reports
 * ({@link io.elements4j.ports.bulk.BulkListener}) and the journal that lets a killed run resume without sending a
 * draft twice ({@link io.elements4j.ports.bulk.CreationJournal}, in a file with
 * {@link io.elements4j.ports.bulk.FileCreationJournal} or a database with {@link io.elements4j.ports.bulk.JdbcCreationJournal}).
 */
package io.elements4j.ports.bulk;
