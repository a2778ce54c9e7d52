/**
 * Bulk creation: many drafts at the vendor's limit ({@link io.elements4j.client.Elements#createAll}), with options
 * ({@link io.elements4j.client.bulk.BulkOptions}), progress reports ({@link io.elements4j.client.bulk.BulkListener}),
 * the journal that lets a killed run resume without sending a draft twice
 * ({@link io.elements4j.client.bulk.CreationJournal}, in a file with
 * {@link io.elements4j.client.bulk.FileCreationJournal} or a database with {@code JdbcCreationJournal}), and the
 * account's parallel tasks shared with other processes ({@link io.elements4j.client.bulk.ConcurrencyBudget}).
 */
package io.elements4j.client.bulk;
