package com.algotrading.common.backtest;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;

import java.util.List;

/** Mean, sample standard deviation and downside deviation of daily returns, from end-of-day (IST) equity. */
record DailyReturns(int count, double mean, double standardDeviation, double downsideDeviation) {

    static DailyReturns of(List<Bar> bars, long[] equity, long initialCapital) {
        int days = 0;
        double sum = 0;
        double sumOfSquares = 0;
        double downsideSquares = 0;
        long previousClose = initialCapital;
        for (int i = 0; i < equity.length; i++) {
            boolean lastOfDay = i == equity.length - 1
                    || IstTime.epochDay(bars.get(i + 1).start()) != IstTime.epochDay(bars.get(i).start());
            if (!lastOfDay) {
                continue;
            }
            double r = (double) equity[i] / previousClose - 1;
            previousClose = equity[i];
            days++;
            sum += r;
            sumOfSquares += r * r;
            downsideSquares += r < 0 ? r * r : 0;
        }
        double mean = sum / days;
        double variance = days < 2 ? Double.NaN : (sumOfSquares - days * mean * mean) / (days - 1);
        return new DailyReturns(days, mean, Math.sqrt(Math.max(0, variance)), Math.sqrt(downsideSquares / days));
    }
}
