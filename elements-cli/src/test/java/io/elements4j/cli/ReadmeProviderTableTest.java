package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The README's provider table is generated from the adapters' metadata: what {@code elements providers --markdown}
 * prints, so it never promises what the code does not do and a new provider's column needs no hand edit.
 *
 * <p>A developer's build writes the printed table into the README when they differ (and says which rows changed), so
 * adding a provider module and building is enough; the regenerated README is then part of the change to commit. A CI
 * build (the environment variable {@code CI} set, as CI services and {@code .ci/run} set it) or
 * {@code -Dreadme.check=true} only checks, and fails naming the row and the column, so a README left behind cannot
 * land.
 */
class ReadmeProviderTableTest {

    private static final String HEADING = "## Providers and what they can do";

    /** Whether this run may write the table into the README, or must only check it. */
    enum Mode {
        /** Write the printed table into the README when it differs: a developer's build. */
        GENERATE,
        /** Fail when the README differs: a CI build, or asked for. */
        CHECK;

        /**
         * {@code CHECK} when {@code readme.check} is true or the environment variable {@code CI} is set to anything
         * but {@code false}; {@code GENERATE} otherwise, or when {@code readme.update} is true.
         */
        static Mode of(java.util.Map<String, String> env, Properties properties) {
            if (Boolean.parseBoolean(properties.getProperty("readme.update"))) {
                return GENERATE;
            }
            String ci = env.getOrDefault("CI", "");
            boolean onCi = !ci.isBlank() && !ci.equalsIgnoreCase("false");
            return onCi || Boolean.parseBoolean(properties.getProperty("readme.check")) ? CHECK : GENERATE;
        }
    }

    @Test
    void the_readme_provider_table_is_what_elements_providers_prints() throws IOException {
        Path readme = Shipped.repository().resolve("README.md");
        List<String> lines = Shipped.lines(readme);
        CliResult printed = new CliRunner().classLoader(Shipped.loader()).run("providers", "--markdown");
        assertThat(printed.exitCode()).as(printed.toString()).isZero();
        List<String> table = List.ofAll(printed.out().lines().toList());

        Seq<String> differences = differences(tableIn(lines), table);
        if (differences.isEmpty()) {
            return;
        }
        String found = "README.md's provider table (under \"" + HEADING + "\") disagrees with `elements providers"
                + " --markdown`:\n"
                + differences.map(d -> "  - " + d + "\n").mkString();
        if (Mode.of(System.getenv(), System.getProperties()) == Mode.CHECK) {
            fail(found + "A developer's build (without CI set) writes the printed table into the README; or rerun"
                    + " this test with -Dreadme.update=true. The table:\n"
                    + table.mkString("\n"));
        }
        Files.write(readme, replaceTable(lines, table));
        System.out.println(found + "README.md now has the printed table: commit it with the change.");
        assertThat(differences(tableIn(Shipped.lines(readme)), table)).isEmpty();
    }

    @Test
    void a_ci_build_checks_and_a_developers_build_generates() {
        Properties none = new Properties();
        Properties check = new Properties();
        check.setProperty("readme.check", "true");
        Properties update = new Properties();
        update.setProperty("readme.update", "true");

        assertThat(Mode.of(java.util.Map.of(), none)).isEqualTo(Mode.GENERATE);
        assertThat(Mode.of(java.util.Map.of("CI", "true"), none)).isEqualTo(Mode.CHECK);
        assertThat(Mode.of(java.util.Map.of("CI", "1"), none)).isEqualTo(Mode.CHECK);
        assertThat(Mode.of(java.util.Map.of("CI", "false"), none)).isEqualTo(Mode.GENERATE);
        assertThat(Mode.of(java.util.Map.of(), check)).isEqualTo(Mode.CHECK);
        assertThat(Mode.of(java.util.Map.of("CI", "true"), update)).isEqualTo(Mode.GENERATE);
    }

    @Test
    void a_changed_cell_a_missing_provider_and_a_missing_row_are_each_named() {
        List<String> printed = List.of(
                "| | `alpha` | `beta` |",
                "|---|---|---|",
                "| name | Alpha | Beta |",
                "| tags | up to 8 | one |",
                "| voice | no | clip URL |");
        List<String> readme = List.of("| | `alpha` |", "|---|---|", "| name | Alpha |", "| tags | up to 9 |");

        assertThat(differences(readme, printed))
                .containsExactly(
                        "column `beta`: the README has no such column",
                        "row \"tags\", column `alpha`: the README says \"up to 9\", the providers say \"up to 8\"",
                        "row \"voice\": the README has no such row");
    }

    @Test
    void the_table_is_found_under_its_heading_and_replaced_whole() {
        List<String> readme = List.of("intro", HEADING, "", "| | `a` |", "|---|---|", "| name | A |", "", "after");

        assertThat(tableIn(readme)).containsExactly("| | `a` |", "|---|---|", "| name | A |");
        assertThat(replaceTable(readme, List.of("| | `b` |", "|---|---|")))
                .containsExactly("intro", HEADING, "", "| | `b` |", "|---|---|", "", "after");
    }

    /** Every way the README's table differs from the printed one, as sentences naming the row and column. */
    static Seq<String> differences(Seq<String> readme, Seq<String> printed) {
        Map<String, Map<String, String>> expected = cells(printed);
        Map<String, Map<String, String>> actual = cells(readme);
        Seq<String> columns = columns(printed);
        Seq<String> found = columns(readme);
        Seq<String> columnProblems = columns.filter(c -> !found.contains(c))
                .map(c -> "column " + c + ": the README has no such column")
                .appendAll(found.filter(c -> !columns.contains(c))
                        .map(c -> "column " + c + ": no provider on the class path has this id"));
        Seq<String> rowProblems = expected.keySet()
                .toList()
                .flatMap(row -> actual.get(row)
                        .map(cells -> columns.filter(found::contains)
                                .flatMap(column -> cells.get(column)
                                        .filter(cell -> !cell.equals(expected.get(row)
                                                .get()
                                                .get(column)
                                                .get()))
                                        .map(cell -> "row \"" + row + "\", column " + column + ": the README says \""
                                                + cell + "\", the providers say \""
                                                + expected.get(row)
                                                        .get()
                                                        .get(column)
                                                        .get() + "\"")))
                        .getOrElse(List.of("row \"" + row + "\": the README has no such row")))
                .appendAll(actual.keySet()
                        .toList()
                        .filter(row -> !expected.containsKey(row))
                        .map(row -> "row \"" + row + "\": the providers state no such fact"));
        return columnProblems.appendAll(rowProblems);
    }

    /** The table's lines: the first run of lines starting with {@code |} after the heading. */
    static List<String> tableIn(List<String> readme) {
        return readme.dropUntil(HEADING::equals)
                .dropUntil(line -> line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"));
    }

    static List<String> replaceTable(List<String> readme, List<String> table) {
        int start = readme.indexOf(HEADING)
                + 1
                + readme.dropUntil(HEADING::equals).tail().indexWhere(line -> line.startsWith("|"));
        return readme.take(start)
                .appendAll(table)
                .appendAll(readme.drop(start + tableIn(readme).size()));
    }

    private static Seq<String> columns(Seq<String> table) {
        return table.headOption()
                .map(ReadmeProviderTableTest::split)
                .getOrElse(List.empty())
                .tail();
    }

    /** Row label → column header → cell. */
    private static Map<String, Map<String, String>> cells(Seq<String> table) {
        Seq<String> columns = columns(table);
        return LinkedHashMap.ofEntries(table.drop(2)
                .map(ReadmeProviderTableTest::split)
                .map(row -> new Tuple2<>(row.head(), LinkedHashMap.ofEntries(columns.zip(row.tail())))));
    }

    /** The cells of one Markdown table line; an escaped {@code \|} stays inside its cell. */
    private static List<String> split(String line) {
        String inner = line.trim().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return List.of(inner.split("(?<!\\\\)\\|", -1)).map(String::trim);
    }
}
