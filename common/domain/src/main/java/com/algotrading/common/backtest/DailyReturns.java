package com.algotrading.common.backtest;

/** Mean, sample standard deviation and downside deviation of daily returns, from end-of-day (IST) equity. */
record DailyReturns(int count, double mean, double standardDeviation, double downsideDeviation) {

    /** @param dayOfBar each bar's IST epoch day, aligned with {@code equity} */
    static DailyReturns of(long[] dayOfBar, long[] equity, long initialCapital) {
        int days = 0;
        double sum = 0;
        double sumOfSquares = 0;
        double downsideSquares = 0;
        long previousClose = initialCapital;
        for (int i = 0; i < equity.length; i++) {
            if (i < equity.length - 1 && dayOfBar[i + 1] == dayOfBar[i]) {
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
