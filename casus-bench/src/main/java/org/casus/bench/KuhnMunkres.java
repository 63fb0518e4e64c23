package org.casus.bench;

import java.util.Arrays;

/**
 * The Kuhn–Munkres (Hungarian) method: the one-to-one assignment of rows to columns with the
 * largest total weight, in O(n²m) time, by shortest augmenting paths over dual potentials.
 */
final class KuhnMunkres {

    private KuhnMunkres() {
    }

    /**
     * The best assignment for {@code weights} (rows × columns, any shape, finite values).
     *
     * @return for each row, the column it is given, or -1 when there are more rows than columns
     *         and it is left out
     */
    static int[] maximise(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        if (rows > columns) {
            int[] byColumn = maximise(transpose(weights, rows, columns));
            int[] byRow = new int[rows];
            Arrays.fill(byRow, -1);
            for (int c = 0; c < byColumn.length; c++)
                byRow[byColumn[c]] = c;
            return byRow;
        }
        // minimise the negated weights; index 0 is the free row and column the method starts from
        double[] rowPotential = new double[rows + 1];
        double[] columnPotential = new double[columns + 1];
        int[] rowOfColumn = new int[columns + 1];
        int[] previous = new int[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] slack = new double[columns + 1];
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            boolean[] reached = new boolean[columns + 1];
            do {
                reached[column] = true;
                int from = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = -1;
                for (int c = 1; c <= columns; c++) {
                    if (reached[c])
                        continue;
                    double reduced = -weights[from - 1][c - 1] - rowPotential[from] - columnPotential[c];
                    if (reduced < slack[c]) {
                        slack[c] = reduced;
                        previous[c] = column;
                    }
                    if (slack[c] < delta) {
                        delta = slack[c];
                        next = c;
                    }
                }
                for (int c = 0; c <= columns; c++) {
                    if (reached[c]) {
                        rowPotential[rowOfColumn[c]] += delta;
                        columnPotential[c] -= delta;
                    } else {
                        slack[c] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int back = previous[column];
                rowOfColumn[column] = rowOfColumn[back];
                column = back;
            } while (column != 0);
        }
        int[] assigned = new int[rows];
        for (int c = 1; c <= columns; c++)
            if (rowOfColumn[c] != 0)
                assigned[rowOfColumn[c] - 1] = c - 1;
        return assigned;
    }

    private static double[][] transpose(double[][] weights, int rows, int columns) {
        double[][] turned = new double[columns][rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                turned[c][r] = weights[r][c];
        return turned;
    }
}
