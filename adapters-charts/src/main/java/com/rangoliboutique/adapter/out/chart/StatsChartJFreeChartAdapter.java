package com.rangoliboutique.adapter.out.chart;

import com.rangoliboutique.application.port.in.ShopStatsUseCase.Day;
import com.rangoliboutique.application.port.out.StatsChart;
import jakarta.inject.Singleton;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The owner's /stats chart with JFreeChart, headless: daily views and WhatsApp taps as two lines (maroon, green) on
 * one dated axis, 1200×800 px with type of 28 px and more, so it reads on a phone. The words on it are the owner's
 * (the bot's language); the facts come from the use case.
 */
@Singleton
public class StatsChartJFreeChartAdapter implements StatsChart {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    static final Color VIEWS = new Color(0x8E, 0x1B, 0x3A);
    static final Color TAPS = new Color(0x1E, 0x8E, 0x3E);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 28);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");   // a server has no display; the app's flags say so too
        }
    }

    @Override
    public byte[] dailyViewsAndTaps(List<Day> days) {
        TimeSeries views = new TimeSeries("Views");
        TimeSeries taps = new TimeSeries("WhatsApp taps");
        for (Day day : days) {
            org.jfree.data.time.Day period = new org.jfree.data.time.Day(day.day().getDayOfMonth(),
                    day.day().getMonthValue(), day.day().getYear());
            views.add(period, day.views());
            taps.add(period, day.taps());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
        data.addSeries(views);
        data.addSeries(taps);
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Last " + days.size() + " days", null, null, data,
                true, false, false);
        style(chart);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart", e);
        }
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        chart.setPadding(new RectangleInsets(16, 16, 16, 32));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setPosition(RectangleEdge.TOP);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, VIEWS);
        lines.setSeriesPaint(1, TAPS);
        lines.setSeriesStroke(0, new BasicStroke(5f));
        lines.setSeriesStroke(1, new BasicStroke(5f));
        lines.setDefaultLegendTextFont(LABEL);
        plot.setRenderer(lines);
        DateAxis dates = (DateAxis) plot.getDomainAxis();
        dates.setTickLabelFont(TICKS);
        dates.setTimeZone(TimeZone.getTimeZone("UTC"));
        dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7), false, false);
        dates.setDateFormatOverride(new SimpleDateFormat("d MMM", Locale.ENGLISH));
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setTickLabelFont(TICKS);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setLowerBound(0);
        counts.setAutoRangeMinimumSize(5);
    }
}
