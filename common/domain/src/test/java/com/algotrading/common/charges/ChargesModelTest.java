package com.algotrading.common.charges;

import com.algotrading.common.orders.Side;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract notes worked by hand (₹ amounts in comments) against the model. */
class ChargesModelTest {

    private final ChargesModel model = ChargesModel.bundled();
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);

    @Test
    void intradayRoundTripMatchesTheHandComputedContractNote() {
        // Buy 100 RELIANCE @ ₹2,450.05: turnover ₹2,45,005.00
        //   brokerage min(₹20, 0.03% = ₹73.50)        = ₹20.00
        //   exchange 0.00297% = ₹7.2766485            = ₹7.28
        //   SEBI ₹10/crore = ₹0.245005                 = ₹0.25
        //   IPFT 0.0001%                               = ₹0.25
        //   stamp 0.003% = ₹7.35015                    = ₹7.35
        //   GST 18% × (20 + 7.28 + 0.25) = ₹4.9554     = ₹4.96      total ₹40.09
        Charges buy = model.charges(Segment.EQUITY_INTRADAY, Side.BUY, 100, 245_005, MARCH_2026);
        assertThat(buy).isEqualTo(new Charges(2_000, 0, 728, 25, 25, 735, 496));
        assertThat(buy.total()).isEqualTo(4_009);

        // Sell 100 @ ₹2,475.50: turnover ₹2,47,550.00
        //   brokerage ₹20.00; STT 0.025% = ₹61.8875 → ₹61.89; exchange ₹7.352235 → ₹7.35; SEBI ₹0.24755 → ₹0.25;
        //   IPFT ₹0.25; no stamp on sells; GST 18% × (20 + 7.35 + 0.25) = ₹4.968 → ₹4.97      total ₹94.71
        Charges sell = model.charges(Segment.EQUITY_INTRADAY, Side.SELL, 100, 247_550, MARCH_2026);
        assertThat(sell).isEqualTo(new Charges(2_000, 6_189, 735, 25, 25, 0, 497));
        assertThat(sell.total()).isEqualTo(9_471);
    }

    @Test
    void smallIntradayOrdersPayPercentageBrokerageAndSmallDeliveryOrdersTheMinimum() {
        assertThat(model.charges(Segment.EQUITY_INTRADAY, Side.BUY, 10, 10_000, MARCH_2026).brokerage()).isEqualTo(30);
        assertThat(model.charges(Segment.EQUITY_DELIVERY, Side.BUY, 1, 10_000, MARCH_2026).brokerage()).isEqualTo(200);
        assertThat(model.charges(Segment.EQUITY_DELIVERY, Side.BUY, 1, 10_000, MARCH_2026).stt()).isEqualTo(10);
        assertThat(model.charges(Segment.EQUITY_DELIVERY, Side.BUY, 1, 10_000, LocalDate.of(2024, 10, 15)).brokerage()).isZero();
    }

    @Test
    void futuresSttRisesOnTheFirstOfApril2026() {
        // Sell 50 @ ₹20,000 = ₹10,00,000 turnover: 0.02% = ₹200 before, 0.05% = ₹500 from 1 Apr 2026
        assertThat(model.charges(Segment.FUTURES, Side.SELL, 50, 2_000_000, LocalDate.of(2026, 3, 31)).stt()).isEqualTo(20_000);
        assertThat(model.charges(Segment.FUTURES, Side.SELL, 50, 2_000_000, LocalDate.of(2026, 4, 1)).stt()).isEqualTo(50_000);
        assertThat(model.charges(Segment.FUTURES, Side.SELL, 50, 2_000_000, LocalDate.of(2026, 4, 1)).brokerage()).isEqualTo(2_000);
    }
}
