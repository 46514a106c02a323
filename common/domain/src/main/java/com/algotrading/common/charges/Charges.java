package com.algotrading.common.charges;

/** The charges of one executed order, each in paise and each already rounded to the paisa. */
public record Charges(long brokerage, long stt, long exchange, long sebi, long ipft, long stampDuty, long gst) {

    public static final Charges NONE = new Charges(0, 0, 0, 0, 0, 0, 0);

    public long total() {
        return brokerage + stt + exchange + sebi + ipft + stampDuty + gst;
    }
}
