package com.algotrading.dashboard.pages;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The server writes amounts and times as the browser's Intl.NumberFormat('en-IN') and the pages' IST clock do. */
class IndianFormatTest {

    private final IndianFormat format = new IndianFormat();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0            | ₹0.00
            5            | ₹5.00
            999.999      | ₹1,000.00
            1402.1       | ₹1,402.10
            100000       | ₹1,00,000.00
            -123456.5    | -₹1,23,456.50
            12345678.90  | ₹1,23,45,678.90
            987654321012 | ₹9,87,65,43,21,012.00
            ' 42.005 '   | ₹42.01
            """)
    void groupsRupeesInLakhsAndCroresWithTwoDecimals(String rupees, String written) {
        assertThat(format.money(rupees)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null
            ''
            abc
            NaN
            """)
    void writesADashForWhatIsNotAnAmount(String rupees) {
        assertThat(format.money(rupees)).isEqualTo("—");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-02T09:15:00+05:30 | 02 Dec 2026, 09:15:00 IST
            2026-12-02T03:45:07Z      | 02 Dec 2026, 09:15:07 IST
            2026-12-01T20:00:00-05:00 | 02 Dec 2026, 06:30:00 IST
            not-a-time                | —
            """)
    void writesTimesInIst(String iso, String written) {
        assertThat(format.time(iso)).isEqualTo(written);
    }
}
