package com.algotrading.data.feed;

import com.algotrading.common.settings.InvalidSettingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"simulated", "replay", "SIMULATED"})
    void aLiveAccountRefusesMadeUpPricesInOneLineNamingTheVariable(String feed) {
        assertThatThrownBy(() -> FeedKind.refuseMadeUpPricesWhenLive(feed, false))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("MARKET_FEED must not be " + feed.toLowerCase(java.util.Locale.ROOT)
                        + " with PAPER_TRADING=false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"angelone", "none", ""})
    void liveFeedsOrNoneAreFineLiveAndEveryFeedOnPaper(String feed) {
        assertThatCode(() -> FeedKind.refuseMadeUpPricesWhenLive(feed, false)).doesNotThrowAnyException();
        assertThatCode(() -> FeedKind.refuseMadeUpPricesWhenLive("simulated", true)).doesNotThrowAnyException();
    }
}
