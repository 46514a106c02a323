package com.algotrading.data.feed.angelone;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds binary tick packets byte by byte, as the reference's layout table describes them. */
final class Packets {

    private Packets() {
    }

    static byte[] ltp(int exchangeType, String token, long sequence, long timeMillis, long lastPrice) {
        return packet(1, TickPackets.LTP_LENGTH, exchangeType, token, sequence, timeMillis, lastPrice, 0, 0);
    }

    static byte[] quote(int exchangeType, String token, long timeMillis, long lastPrice, long lastQuantity,
                        long volumeToday) {
        return packet(2, TickPackets.QUOTE_LENGTH, exchangeType, token, 1, timeMillis, lastPrice, lastQuantity,
                volumeToday);
    }

    static byte[] snapQuote(int exchangeType, String token, long timeMillis, long lastPrice, long lastQuantity,
                            long volumeToday) {
        return packet(3, TickPackets.SNAP_QUOTE_LENGTH, exchangeType, token, 1, timeMillis, lastPrice, lastQuantity,
                volumeToday);
    }

    private static byte[] packet(int mode, int length, int exchangeType, String token, long sequence, long time,
                                 long lastPrice, long lastQuantity, long volumeToday) {
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(0, (byte) mode);
        out.put(1, (byte) exchangeType);
        byte[] ascii = token.getBytes(StandardCharsets.US_ASCII);
        out.put(2, ascii);
        out.putLong(27, sequence);
        out.putLong(35, time);
        out.putLong(43, lastPrice);
        if (mode >= 2) {
            out.putLong(51, lastQuantity);
            out.putLong(59, lastPrice);
            out.putLong(67, volumeToday);
            out.putDouble(75, 1e5);
            out.putDouble(83, 2e5);
            out.putLong(91, lastPrice);
            out.putLong(99, lastPrice + 500);
            out.putLong(107, lastPrice - 500);
            out.putLong(115, lastPrice - 100);
        }
        if (mode == 3) {
            out.putLong(123, time);
            out.putLong(131, 0);
            for (int level = 0; level < 10; level++) {
                int at = 147 + level * 20;
                out.putShort(at, (short) (level < 5 ? 1 : 0));
                out.putLong(at + 2, 100);
                out.putLong(at + 10, lastPrice + (level < 5 ? -5 : 5));
                out.putShort(at + 18, (short) 3);
            }
            out.putLong(347, lastPrice * 11 / 10);
            out.putLong(355, lastPrice * 9 / 10);
        }
        return out.array();
    }
}
