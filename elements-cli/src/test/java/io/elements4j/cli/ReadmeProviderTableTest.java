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
import org.junit.jupiter.api.Test;

/**
 * The README's provider table is what {@code elements providers --markdown} prints from the adapters' metadata, so
 * it never promises what the code does not do. When they disagree the failure names the row and the column; run the
 * test with {@code -Dreadme.update=true} to write the printed table into the README.
 */
class ReadmeProviderTableTest {

    private static final String HEADING = "## Providers and what they can do";

    @Test
    void the_readme_provider_table_is_what_elements_providers_prints() throws IOException {
        Path readme = Shipped.repository().resolve("README.md");
        List<String> lines = Shipped.lines(readme);
        CliResult printed = new CliRunner().classLoader(Shipped.loader()).run("providers", "--markdown");
        assertThat(printed.exitCode()).as(printed.toString()).isZero();
        List<String> table = List.ofAll(printed.out().lines().toList());

        if (Boolean.getBoolean("readme.update")) {
            lines = replaceTable(lines, table);
            Files.write(readme, lines);
        }
        Seq<String> differences = differences(tableIn(lines), table);
        if (!differences.isEmpty()) {
            fail("README.md's provider table (under \"" + HEADING + "\") disagrees with `elements providers"
                    + " --markdown`:\n"
                    + differences.map(d -> "  - " + d + "\n").mkString()
                    + "Rerun this test with -Dreadme.update=true to write the printed table into the README:\n"
                    + table.mkString("\n"));
        }
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
