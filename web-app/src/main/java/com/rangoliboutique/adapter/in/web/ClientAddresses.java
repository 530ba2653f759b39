package com.rangoliboutique.adapter.in.web;

import jakarta.inject.Singleton;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who is asking: the connection's address, or — only when the connection comes from a configured trusted proxy
 * ({@code TRUSTED_PROXIES}, addresses or CIDR ranges) — the last address in {@code X-Forwarded-For} that is not one
 * of our proxies. A client cannot pick its own rate-limit key by sending the header itself.
 */
@Singleton
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> trusted = new ArrayList<>();

    ClientAddresses(CatalogWebProperties properties) {
        for (String entry : properties.trustedProxies()) {
            if (!entry.isBlank()) {
                trusted.add(Range.parse(entry.strip()));
            }
        }
    }

    public String of(InetSocketAddress remote, String forwardedFor) {
        InetAddress peer = remote.getAddress();
        if (peer == null) {
            return remote.getHostString();
        }
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer.getHostAddress();
        }
        String[] hops = forwardedFor.split(",");
        String client = peer.getHostAddress();
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = literal(hops[i].strip());
            if (hop == null) {
                return client; // garbage in the header: trust nothing further left
            }
            client = hop.getHostAddress();
            if (!isTrusted(hop)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IP address written out; never a DNS lookup. */
    static InetAddress literal(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(BigInteger network, int bits, int length) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: \"" + text + "\" is not an IP address or range");
            }
            int length = address.getAddress().length * 8;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : length;
            if (bits < 0 || bits > length) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: \"" + text + "\" has a bad prefix length");
            }
            return new Range(prefix(address, bits), bits, length);
        }

        boolean contains(InetAddress address) {
            return address.getAddress().length * 8 == length && prefix(address, bits).equals(network);
        }

        private static BigInteger prefix(InetAddress address, int bits) {
            int length = address.getAddress().length * 8;
            return new BigInteger(1, address.getAddress()).shiftRight(length - bits);
        }
    }
}
