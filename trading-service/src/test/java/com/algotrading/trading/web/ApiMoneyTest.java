package com.algotrading.trading.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiMoneyTest {

    @Test
    void readsRupeesToTheExactPaisa() {
        assertThat(ApiMoney.paise("price", new BigDecimal("1400.05"))).isEqualTo(140_005);
        assertThat(ApiMoney.paise("price", new BigDecimal("1e3"))).isEqualTo(100_000);
        assertThat(ApiMoney.paise("price", new BigDecimal("92233720368547758.07"))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void refusesFractionsOfAPaisa() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiMoney.paise("price", new BigDecimal("1400.001")))
                .withMessage("price 1400.001 has fractions of a paisa");
    }

    /** Found by fuzzing PUT /api/v1/risk/limits: each was an ArithmeticException, answered 500. */
    @Test
    void refusesAmountsNoAccountHoldsInsteadOfOverflowing() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiMoney.paise("maxOrderValue",
                new BigDecimal("99999999999999999999"))).withMessageContaining("more rupees than any account holds");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiMoney.paise("maxOrderValue",
                new BigDecimal("92233720368547758.08"))).withMessageContaining("more rupees than any account holds");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiMoney.paise("maxDailyLoss", new BigDecimal("1e999999999")))
                .withMessage("maxDailyLoss 1E+999999999 is more rupees than any account holds");
    }

    @Test
    void namesAVanishinglySmallAmountWithoutWritingItOut() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiMoney.paise("price", new BigDecimal("1e-999999999")))
                .withMessage("price 1E-999999999 has fractions of a paisa");
    }
}
