package com.algotrading.common.indicators;

import java.util.List;

/**
 * Bollinger Bands: middle = SMA(period), upper/lower = middle ± k × population standard deviation of the window.
 * The variance is E[x²] − mean², from running sums (TA-Lib's method), and is taken as 0 below 1e-8.
 */
public final class BollingerBands extends PriceIndicator {

    private static final List<String> OUTPUTS = List.of("upper", "middle", "lower");

    private final int period;
    private final double k;
    private final Sma middle;
    private final RingBuffer squares;
    private long count;
    private double sumOfSquares;
    private double deviation = Double.NaN;

    public BollingerBands(int period, double k) {
        this.period = Periods.require("Bollinger period", period, 2);
        if (!(k > 0)) {
            throw new IllegalArgumentException("Bollinger k must be positive, got " + k);
        }
        this.k = k;
        this.middle = new Sma(period);
        this.squares = new RingBuffer(period);
    }

    @Override
    public void update(double x) {
        middle.update(x);
        double square = x * x;
        sumOfSquares += square;
        squares.push(square);
        if (++count < period) {
            return;
        }
        double mean = middle.value();
        double variance = sumOfSquares / period - mean * mean;
        sumOfSquares -= squares.oldest();
        deviation = variance < 1e-8 ? 0.0 : Math.sqrt(variance);
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public double value() {
        return middle.value();
    }

    @Override
    public List<String> outputNames() {
        return OUTPUTS;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case 0 -> middle.value() + k * deviation;
            case 1 -> middle.value();
            case 2 -> middle.value() - k * deviation;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }
}
