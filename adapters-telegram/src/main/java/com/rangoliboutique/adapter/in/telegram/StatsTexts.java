package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.application.port.in.AiUsageUseCase.AiUsage;
import com.rangoliboutique.application.port.in.ShopStatsUseCase;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Change;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Direction;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Piece;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.ShopStats;
import com.rangoliboutique.domain.product.ProductStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** What {@code /stats} says: the pieces by status, what buyers did, what the AI photos cost, the chart's caption. */
final class StatsTexts {

    private StatsTexts() {
    }

    static String stats(Map<ProductStatus, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return "📊 Products: " + total + "\n"
                + "Published: " + counts.get(ProductStatus.PUBLISHED) + "\n"
                + "Drafts: " + counts.get(ProductStatus.DRAFT) + "\n"
                + "Hidden: " + counts.get(ProductStatus.HIDDEN) + "\n"
                + "Sold out: " + counts.get(ProductStatus.SOLD_OUT);
    }

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** What buyers did, after the counts by status. */
    static String activity(ShopStats stats) {
        if (!stats.anyCounted()) {
            return "📈 No views or WhatsApp taps counted in the last " + ShopStatsUseCase.CHART_DAYS + " days yet —"
                    + " they show here (with a chart) once buyers open your pieces.";
        }
        StringBuilder text = new StringBuilder("📈 Last 7 days (").append(span(stats.lastWeek().from(), stats.lastWeek().to()))
                .append(") against the 7 before:\n")
                .append("👀 Views: ").append(stats.lastWeek().views()).append(' ').append(change(stats.viewsChange()))
                .append("\n💬 WhatsApp taps: ").append(stats.lastWeek().taps()).append(' ').append(change(stats.tapsChange()))
                .append("\n🎯 Taps per 100 views: ").append(rate(stats.lastWeek().tapsPer100Views()));
        stats.rateChange().direction().ifPresent(direction -> text.append(' ').append(arrow(direction))
                .append(" (was ").append(rate(stats.weekBefore().tapsPer100Views())).append(')'));
        if (!stats.topByTaps().isEmpty()) {
            text.append("\n\n🏆 Most asked about:");
            for (int i = 0; i < stats.topByTaps().size(); i++) {
                text.append("\n").append(i + 1).append(". ").append(piece(stats.topByTaps().get(i)));
            }
        }
        if (!stats.viewedNotTapped().isEmpty()) {
            text.append("\n\n🤔 Looked at a lot, never asked about:");
            stats.viewedNotTapped().forEach(p -> text.append("\n• ").append(piece(p)));
        }
        if (!stats.categories().isEmpty()) {
            text.append("\n\n📂 By category:");
            stats.categories().forEach(c -> text.append("\n• ").append(c.name()).append(" — ")
                    .append(count(c.views(), "view")).append(", ").append(count(c.taps(), "tap")));
        }
        return text.toString();
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    /**
     * The AI photos of the shop's month: made, approved, tries, time, tokens and the estimate — what regenerating
     * costs. Money is rounded to the cent, the price per photo shown as configured.
     */
    static String aiUsage(AiUsage usage) {
        String month = MONTH.format(usage.month());
        String price = "$" + usage.costPerImage().stripTrailingZeros().toPlainString();
        if (usage.attempts() == 0) {
            return "🤖 AI photos in " + month + ": none made yet (" + price + " a photo).";
        }
        StringBuilder text = new StringBuilder("🤖 AI photos in ").append(month).append(":\n📸 Made: ")
                .append(usage.made());
        if (usage.attempts() > usage.made()) {
            text.append(" (").append(count(usage.attempts(), "try", "tries")).append(": ")
                    .append(usage.failed()).append(" failed, ").append(usage.refused()).append(" refused)");
        }
        text.append("\n✅ Approved: ").append(usage.approved());
        usage.averageLatency().ifPresent(latency -> text.append("\n⏱ Average time per photo: ")
                .append(String.format(Locale.ENGLISH, "%.1f s", latency.toMillis() / 1000.0)));
        if (usage.totalTokens() > 0) {
            text.append("\n🔢 Tokens: ").append(String.format(Locale.ENGLISH, "%,d (%,d in, %,d out)",
                    usage.totalTokens(), usage.promptTokens(), usage.outputTokens()));
        }
        text.append("\n💵 ≈ ").append(dollars(usage.cost())).append(" this month (")
                .append(count(usage.billed(), "photo", "photos")).append(" × ").append(price).append(')');
        usage.costPerApproved().ifPresent(each -> text.append("\n💵 Per approved photo ≈ ").append(dollars(each)));
        return text.toString();
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String chartCaption(ShopStats stats) {
        return "📊 Views and WhatsApp taps per day, " + span(stats.days().get(0).day(), stats.today());
    }

    private static String piece(Piece piece) {
        return piece.dressId() + " " + piece.title() + " — " + count(piece.taps(), "tap") + ", "
                + count(piece.views(), "view");
    }

    /** ▲ 20%, ▼ 25%, ▲ new (nothing the week before), = same. */
    private static String change(Change change) {
        return switch (change.direction()) {
            case SAME -> "= same";
            case UP, DOWN -> arrow(change.direction()) + " " + change.percent().map(p -> Math.abs(p) + "%").orElse("new");
        };
    }

    private static String arrow(Direction direction) {
        return switch (direction) {
            case UP -> "▲";
            case DOWN -> "▼";
            case SAME -> "=";
        };
    }

    private static String rate(OptionalDouble rate) {
        return rate.isEmpty() ? "—" : String.format(Locale.ENGLISH, "%.1f", rate.getAsDouble());
    }

    private static String span(LocalDate from, LocalDate to) {
        return SHORT_DATE.format(from) + " – " + SHORT_DATE.format(to);
    }

    private static String count(long n, String word) {
        return count(n, word, word + "s");
    }
}
