package com.rangoliboutique.adapter.in.web;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientAddressesTest {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new CatalogWebProperties("", List.of(proxies), 60, 10,
                java.time.Duration.ofSeconds(60)));
    }

    private static InetSocketAddress peer(String ip) {
        return new InetSocketAddress(ClientAddresses.literal(ip), 40000);
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("192.0.2.1", trusting().of(peer("192.0.2.1"), "203.0.113.5"));
    }

    @Test
    void fromATrustedProxyTheLastUntrustedHopIsTheClient() {
        ClientAddresses clients = trusting("10.0.0.0/8", "192.0.2.1");

        assertEquals("203.0.113.5", clients.of(peer("10.1.2.3"), "203.0.113.5"));
        assertEquals("203.0.113.5", clients.of(peer("10.1.2.3"), "6.6.6.6, 203.0.113.5, 10.0.0.9"));
        assertEquals("10.1.2.3", clients.of(peer("10.1.2.3"), null));
        assertEquals("10.0.0.1", clients.of(peer("10.1.2.3"), "10.0.0.1, 192.0.2.1"), "all hops ours");
        assertEquals("10.1.2.3", clients.of(peer("10.1.2.3"), "evil.example.com"), "not an address: no DNS, no trust");
        assertEquals("11.0.0.1", clients.of(peer("11.0.0.1"), "203.0.113.5"), "not from a proxy of ours");
    }

    @Test
    void ipv6RangesAndAddresses() {
        ClientAddresses clients = trusting("2001:db8::/32", "::1");

        assertEquals("2001:db9:0:0:0:0:0:1", clients.of(peer("2001:db8::5"), "[2001:db9::1]"));
        assertEquals("203.0.113.5", clients.of(peer("::1"), "203.0.113.5"));
    }

    @Test
    void literalsOnly() {
        assertNull(ClientAddresses.literal("localhost"));
        assertNull(ClientAddresses.literal("unknown"));
        assertEquals("127.0.0.1", ClientAddresses.literal("127.0.0.1").getHostAddress());
    }

    @Test
    void aBadTrustedProxySettingStopsTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trusting("proxy.internal"));
        assertEquals("TRUSTED_PROXIES: \"proxy.internal\" is not an IP address or range", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> trusting("10.0.0.0/33"));
    }
}
