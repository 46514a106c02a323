package com.algotrading.common.strategies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossingTest {

    private static int[] feed(double[][] pairs) {
        Crossing crossing = new Crossing();
        int[] crosses = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            crosses[i] = crossing.update(pairs[i][0], pairs[i][1]);
        }
        return crosses;
    }

    @Test
    void crossesAboveOnlyFromBelowAndTiesAreNeverACross() {
        double nan = Double.NaN;
        int[] crosses = feed(new double[][]{
                {nan, 10},   // undefined: ignored
                {11, 10},    // first defined bar above: no earlier side, no cross
                {9, 10},     // below: crossed below
                {10, 10},    // tie
                {10 + 1e-12, 10},  // equal within 1e-9 relative: still a tie
                {10.1, 10},  // above, last unequal bar was below: crossed above
                {10.2, 10},  // still above
                {10, 10},    // tie
                {10.3, 10},  // back above after a tie: not a cross
        });
        assertThat(crosses).containsExactly(0, 0, -1, 0, 0, 1, 0, 0, 0);
    }
}
