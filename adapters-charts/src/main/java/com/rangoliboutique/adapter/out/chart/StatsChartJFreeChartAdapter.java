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
import org.jfree.data.RangeType;
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
 * The owner's /stats chart with JFreeChart, headless: daily views and WhatsApp taps as two lines (maroon, green, each
 * with its own count axis in its colour) over one dated axis, 1200×800 px with type of 28 px and more, so it reads on a phone. The words on it are the owner's
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
        TimeSeriesCollection viewData = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
        viewData.addSeries(views);
        TimeSeriesCollection tapData = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
        tapData.addSeries(taps);
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Last " + days.size() + " days", null, null, viewData,
                true, false, false);
        style(chart, tapData);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart", e);
        }
    }

    /** Taps are a few in a hundred views: they get their own axis, on the right in their colour, to be seen at all. */
    private static void style(JFreeChart chart, TimeSeriesCollection tapData) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        chart.setPadding(new RectangleInsets(16, 16, 16, 32));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemLabelPadding(new RectangleInsets(2, 8, 2, 32));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRenderer(0, line(VIEWS));
        plot.setDataset(1, tapData);
        plot.setRenderer(1, line(TAPS));
        NumberAxis tapAxis = new NumberAxis();
        tapAxis.setTickLabelFont(TICKS);
        tapAxis.setTickLabelPaint(TAPS);
        tapAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        tapAxis.setAutoRangeIncludesZero(true);
        tapAxis.setRangeType(RangeType.POSITIVE);
        tapAxis.setAutoRangeMinimumSize(5);
        plot.setRangeAxis(1, tapAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        DateAxis dates = (DateAxis) plot.getDomainAxis();
        dates.setTickLabelFont(TICKS);
        dates.setTimeZone(TimeZone.getTimeZone("UTC"));
        dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7), false, false);
        dates.setDateFormatOverride(new SimpleDateFormat("d MMM", Locale.ENGLISH));
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setTickLabelFont(TICKS);
        counts.setTickLabelPaint(VIEWS);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setAutoRangeIncludesZero(true);
        counts.setRangeType(RangeType.POSITIVE);
        counts.setAutoRangeMinimumSize(5);
    }

    private static XYLineAndShapeRenderer line(Color colour) {
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, colour);
        line.setSeriesStroke(0, new BasicStroke(5f));
        line.setDefaultLegendTextFont(LABEL);
        return line;
    }
}
