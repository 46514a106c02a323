package com.algotrading.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What the operating system says is listening on a TCP port of this machine, read from Linux's
 * {@code /proc/net/tcp} and {@code /proc/net/tcp6}: the addresses a server really bound, not what it was configured
 * with, and without sending a packet anywhere.
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private ListeningSockets() {
    }

    /** The local addresses of the sockets listening on this port (0.0.0.0 or :: for every interface). */
    public static Set<InetAddress> addresses(int port) {
        Set<InetAddress> addresses = new HashSet<>();
        for (Path table : TABLES) {
            for (String line : lines(table)) {
                String[] columns = line.strip().split("\\s+");
                String[] local = columns[1].split(":");
                if (columns[3].equals(LISTEN) && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    private static List<String> lines(Path table) {
        try {
            List<String> lines = Files.readAllLines(table);
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + " (a Linux machine is needed)", e);
        }
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) byte order. */
    private static InetAddress address(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swapped = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swapped;
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address: " + hex, e);
        }
    }
}
