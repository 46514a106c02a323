package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Tick;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TickPacketsTest {

    private static final long TIME = Instant.parse("2025-01-02T04:00:00Z").toEpochMilli();

    @Test
    void readsAnLtpPacket() {
        assertThat(parse(Packets.ltp(1, "2885", 7, TIME, 150_010))).isEqualTo(
                new Tick(Exchange.NSE, new InstrumentToken("2885"), Instant.ofEpochMilli(TIME), 150_010, 0, 0));
    }

    @Test
    void readsQuoteAndSnapQuotePacketsWithQuantityAndDayVolume() {
        Tick expected = new Tick(Exchange.NFO, new InstrumentToken("43256"), Instant.ofEpochMilli(TIME), 2_250_05,
                50, 1_234_567);

        assertThat(parse(Packets.quote(2, "43256", TIME, 2_250_05, 50, 1_234_567))).isEqualTo(expected);
        assertThat(parse(Packets.snapQuote(2, "43256", TIME, 2_250_05, 50, 1_234_567))).isEqualTo(expected);
    }

    @Test
    void readsAPacketInTheMiddleOfABuffer() {
        byte[] packet = Packets.ltp(3, "500325", 1, TIME, 99);
        byte[] padded = new byte[packet.length + 10];
        System.arraycopy(packet, 0, padded, 4, packet.length);

        assertThat(TickPackets.parse(ByteBuffer.wrap(padded, 4, packet.length)).exchange()).isEqualTo(Exchange.BSE);
    }

    @Test
    void rejectsPacketsShortForTheirModeUnknownModesAndExchangesBadTokensAndPrices() {
        byte[] quote = Packets.quote(1, "2885", TIME, 100, 1, 1);
        assertThat(parse(Arrays.copyOf(quote, TickPackets.QUOTE_LENGTH - 1))).isNull();
        assertThat(parse(Arrays.copyOf(Packets.ltp(1, "2885", 1, TIME, 100), 50))).isNull();
        assertThat(parse(Arrays.copyOf(Packets.snapQuote(1, "2885", TIME, 100, 1, 1), 200))).isNull();
        byte[] depth = Packets.ltp(1, "2885", 1, TIME, 100);
        depth[0] = 4;
        assertThat(parse(depth)).isNull();
        assertThat(parse(Packets.ltp(6, "2885", 1, TIME, 100))).isNull();
        assertThat(parse(Packets.ltp(1, "28A5", 1, TIME, 100))).isNull();
        assertThat(parse(Packets.ltp(1, "", 1, TIME, 100))).isNull();
        assertThat(parse(Packets.ltp(1, "2885", 1, TIME, 0))).isNull();
        assertThat(parse(Packets.quote(1, "2885", TIME, 100, -1, 1))).isNull();
    }

    @Property(tries = 5000)
    void randomFramesAreRejectedOrParsedButNeverThrow(@ForAll("frames") byte[] frame) {
        assertThatCode(() -> parse(frame)).doesNotThrowAnyException();
    }

    @Property(tries = 2000)
    void truncatedValidPacketsAreRejected(@ForAll("validPackets") byte[] packet, @ForAll("cuts") int cut) {
        int length = Math.min(cut, packet.length - 1);

        assertThat(parse(Arrays.copyOf(packet, length))).isNull();
    }

    @Provide
    Arbitrary<byte[]> frames() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> plausible = Arbitraries.bytes().array(byte[].class).ofMinSize(51).ofMaxSize(400)
                .map(bytes -> {
                    bytes[0] = (byte) (1 + Math.floorMod(bytes[0], 3));
                    bytes[1] = 1;
                    return bytes;
                });
        return Arbitraries.oneOf(random, plausible);
    }

    @Provide
    Arbitrary<byte[]> validPackets() {
        return Arbitraries.of(Packets.ltp(1, "2885", 1, TIME, 100), Packets.quote(1, "2885", TIME, 100, 1, 1),
                Packets.snapQuote(1, "2885", TIME, 100, 1, 1));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, TickPackets.SNAP_QUOTE_LENGTH);
    }

    private static Tick parse(byte[] packet) {
        return TickPackets.parse(ByteBuffer.wrap(packet));
    }
}
