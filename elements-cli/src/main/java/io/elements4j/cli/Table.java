package io.elements4j.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A plain text table whose long cells wrap onto further lines within their column. A URL is never cut: it stays
 * whole, to be copied, and runs past its column (the voices table puts URLs last for that reason).
 */
final class Table {

    private static final String GAP = "  ";

    private final Seq<String> headers;
    private final int maxColumnWidth;
    private List<Seq<String>> rows = List.empty();

    Table(Seq<String> headers, int maxColumnWidth) {
        this.headers = headers;
        this.maxColumnWidth = maxColumnWidth;
    }

    Table row(Seq<String> cells) {
        rows = rows.append(cells);
        return this;
    }

    Seq<String> render() {
        Seq<Integer> widths = List.range(0, headers.size())
                .map(column -> Math.min(
                        maxColumnWidth,
                        rows.prepend(headers)
                                .map(row -> cell(row, column).length())
                                .max()
                                .getOrElse(0)));
        List<String> lines = List.of(
                line(headers, widths).stripTrailing(),
                line(widths.map("-"::repeat), widths).stripTrailing());
        for (Seq<String> row : rows) {
            Seq<Seq<String>> wrapped =
                    List.range(0, headers.size()).map(column -> wrap(cell(row, column), widths.get(column)));
            int height = wrapped.map(Seq::size).max().getOrElse(1);
            for (int i = 0; i < height; i++) {
                int index = i;
                lines = lines.append(line(wrapped.map(cell -> index < cell.size() ? cell.get(index) : ""), widths)
                        .stripTrailing());
            }
        }
        return lines;
    }

    private static String cell(Seq<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static String line(Seq<String> cells, Seq<Integer> widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell).append(" ".repeat(Math.max(0, widths.get(i) - cell.length())));
            if (i < cells.size() - 1) {
                line.append(GAP);
            }
        }
        return line.toString();
    }

    /** Splits at spaces to fit {@code width}; a word longer than that is cut. */
    static Seq<String> wrap(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        List<String> lines = List.empty();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String rest = word;
            while (rest.length() > width && !rest.contains("://")) {
                if (current.length() > 0) {
                    lines = lines.append(current.toString());
                    current.setLength(0);
                }
                lines = lines.append(rest.substring(0, width));
                rest = rest.substring(width);
            }
            if (current.length() > 0 && current.length() + 1 + rest.length() > width) {
                lines = lines.append(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(rest);
        }
        if (current.length() > 0) {
            lines = lines.append(current.toString());
        }
        return lines;
    }
}
