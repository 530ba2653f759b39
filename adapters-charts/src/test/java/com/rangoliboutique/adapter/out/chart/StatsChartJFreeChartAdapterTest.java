package com.rangoliboutique.adapter.out.chart;

import com.rangoliboutique.application.port.in.ShopStatsUseCase.Day;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsChartJFreeChartAdapterTest {

    @Test
    void thirtyDaysBecomeAPhoneSizedPngWithBothSeriesColours() throws Exception {
        List<Day> days = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 11, 11);
        for (int i = 0; i < 30; i++) {
            days.add(new Day(first.plusDays(i), 40 + i * 3, i % 5));
        }

        byte[] png = new StatsChartJFreeChartAdapter().dailyViewsAndTaps(days);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertTrue(hasColour(image, StatsChartJFreeChartAdapter.VIEWS.getRGB()), "the views line is drawn");
        assertTrue(hasColour(image, StatsChartJFreeChartAdapter.TAPS.getRGB()), "the taps line is drawn");
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
