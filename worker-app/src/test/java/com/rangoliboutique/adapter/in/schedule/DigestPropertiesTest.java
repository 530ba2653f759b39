package com.rangoliboutique.adapter.in.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DigestPropertiesTest {

    private static DigestProperties of(String time, String zone, int staleAfterDays) {
        return new DigestProperties(time, zone, staleAfterDays, Duration.ofSeconds(60));
    }

    @Test
    void aTimeOfDayInTheShopsZoneOrOff() {
        assertEquals(Optional.of(LocalTime.of(9, 0)), of("09:00", "Asia/Kolkata", 30).at());
        assertEquals(Optional.of(LocalTime.of(7, 30)), of(" 7:30 ", "Asia/Kolkata", 30).at());
        assertEquals(Optional.empty(), of("off", "Asia/Kolkata", 30).at());
        assertEquals(Optional.empty(), of("OFF", "Asia/Kolkata", 30).at());
        assertEquals(Optional.of(LocalTime.of(9, 0)), of(null, null, 30).at(), "unset: the default");
        assertEquals(ZoneId.of("Asia/Kolkata"), of(null, null, 30).zone());
        assertEquals(ZoneId.of("Europe/London"), of("09:00", "Europe/London", 30).zone());
    }

    @Test
    void anythingElseIsRefusedNamingItsVariable() {
        for (String bad : new String[] {"9am", "24:00", "09:60", "9", "09:00:00", "nine"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> of(bad, "Asia/Kolkata", 30), bad);
            assertEquals("DIGEST_TIME: \"" + bad + "\" is not a time of day, use 09:00 (24-hour HH:mm, in SHOP_TIME_ZONE)"
                    + " or off", e.getMessage());
        }
        assertEquals("SHOP_TIME_ZONE: \"Mumbai\" is not a time zone, use a name like Asia/Kolkata",
                assertThrows(IllegalArgumentException.class, () -> of("09:00", "Mumbai", 30)).getMessage());
        assertEquals("STALE_AFTER_DAYS: \"0\" is out of range, use a whole number of days from 1 to 3650, e.g. 30",
                assertThrows(IllegalArgumentException.class, () -> of("09:00", "Asia/Kolkata", 0)).getMessage());
    }
}
