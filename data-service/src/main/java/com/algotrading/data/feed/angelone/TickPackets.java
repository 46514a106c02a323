package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Tick;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * Parses WebSocket 2.0 binary tick packets (little-endian). Layout, by offset: 0 mode (1 LTP, 2 Quote,
 * 3 SnapQuote), 1 exchangeType, 2–26 token (ASCII, NUL-padded), 27 sequence, 35 exchange time (epoch ms),
 * 43 last price (paise) — the LTP packet ends at 51; Quote adds 51 last quantity, 59 average price, 67 volume
 * today, 75/83 total buy/sell quantity (double), 91–122 OHLC, ending at 123; SnapQuote ends at 379.
 *
 * <p>Never throws: a packet that is short for its mode, names an unknown mode or exchange, a token that is not
 * digits, or a non-positive price is rejected with {@code null}, so one bad frame cannot stop the socket.
 */
final class TickPackets {

    static final int LTP_LENGTH = 51;
    static final int QUOTE_LENGTH = 123;
    static final int SNAP_QUOTE_LENGTH = 379;
    private static final int TOKEN_OFFSET = 2;
    private static final int TOKEN_LENGTH = 25;

    private TickPackets() {
    }

    /** The tick in this packet, or {@code null} when the packet is not a valid LTP, Quote or SnapQuote packet. */
    public static Tick parse(ByteBuffer packet) {
        ByteBuffer in = packet.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int start = in.position();
        int length = in.remaining();
        if (length < LTP_LENGTH) {
            return null;
        }
        int mode = in.get(start);
        if (mode < 1 || mode > 3 || length < (mode == 1 ? LTP_LENGTH : mode == 2 ? QUOTE_LENGTH : SNAP_QUOTE_LENGTH)) {
            return null;
        }
        Exchange exchange = exchange(in.get(start + 1));
        String token = token(in, start + TOKEN_OFFSET);
        long time = in.getLong(start + 35);
        long price = in.getLong(start + 43);
        if (exchange == null || token == null || price <= 0 || time < 0) {
            return null;
        }
        long quantity = mode == 1 ? 0 : in.getLong(start + 51);
        long volume = mode == 1 ? 0 : in.getLong(start + 67);
        if (quantity < 0 || volume < 0) {
            return null;
        }
        return new Tick(exchange, new InstrumentToken(token), Instant.ofEpochMilli(time), price, quantity, volume);
    }

    private static Exchange exchange(byte code) {
        try {
            return Exchange.ofFeedCode(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The NUL-terminated ASCII digits, or null when there are none or anything else precedes the NUL. */
    private static String token(ByteBuffer in, int offset) {
        char[] digits = new char[TOKEN_LENGTH];
        int count = 0;
        while (count < TOKEN_LENGTH) {
            byte b = in.get(offset + count);
            if (b == 0) {
                break;
            }
            if (b < '0' || b > '9') {
                return null;
            }
            digits[count++] = (char) b;
        }
        return count == 0 ? null : new String(digits, 0, count);
    }
}
