/**
 * Several instances of a host app sharing one PostgreSQL: a callback accepted by any instance ends the waits for its
 * task on every instance (the fleet), and the schema those share is created and
 * migrated on first use ({@link io.elements4j.postgres.FleetSchema}).
 */
package io.elements4j.postgres;
