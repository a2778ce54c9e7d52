package io.elements4j.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The journal on an embedded H2, the quick database. */
class JdbcCreationJournalOnH2Test extends JdbcCreationJournalTest {

    @Override
    DataSource database(String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return source;
    }

    @Test
    void a_database_that_cannot_be_reached_fails_the_open_with_the_reason() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:gone;IFEXISTS=TRUE");
        assertThatThrownBy(() -> JdbcCreationJournal.open(source, "run"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot create the journal table");
    }
}
