package com.algotrading.common.charges;

import com.algotrading.common.market.InstrumentType;
import com.algotrading.common.orders.Product;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTest {

    @Test
    void aFillIsChargedByItsInstrumentTypeAndForCashEquityByItsProduct() {
        assertThat(Segment.of(InstrumentType.EQUITY, Product.INTRADAY)).isEqualTo(Segment.EQUITY_INTRADAY);
        assertThat(Segment.of(InstrumentType.EQUITY, Product.DELIVERY)).isEqualTo(Segment.EQUITY_DELIVERY);
        assertThat(Segment.of(InstrumentType.FUTSTK, Product.INTRADAY)).isEqualTo(Segment.FUTURES);
        assertThat(Segment.of(InstrumentType.FUTIDX, Product.DELIVERY)).isEqualTo(Segment.FUTURES);
        assertThat(Segment.of(InstrumentType.OPTIDX, Product.INTRADAY)).isEqualTo(Segment.OPTIONS);
    }
}
