package com.rangoliboutique.app.web;

import com.rangoliboutique.application.port.in.BackfillImagesUseCase;
import com.rangoliboutique.application.port.in.BackfillImagesUseCase.Summary;
import com.rangoliboutique.startup.Infrastructure;
import com.rangoliboutique.startup.RequiredVariables;
import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -jar web-app.jar backfill-images}: after an upgrade, every published photo gets the resized JPEG copies
 * (photos published before copies existed) and the WebP copies it lacks. Runs the migrations first (the copies' WebP
 * columns are V11), uses the same storage settings as the web app, changes nothing that is complete: a second run
 * says there is nothing to do. A stopped run is simply run again.
 */
final class BackfillImagesCommand {

    static final String USAGE = "Usage: java -jar web-app.jar backfill-images\n"
            + "  makes the missing resized JPEG copies and WebP copies of every published photo, then prints what it"
            + " did; it takes no options.";

    private static final RequiredVariables NEEDS = new RequiredVariables()
            .require("DATABASE_URL", "the shop's PostgreSQL, postgres://user:pass@host:5432/db");

    private BackfillImagesCommand() {
    }

    /** @return the process exit status: 0 done, 1 some image failed or WebP cannot be encoded here, 2 bad usage or not configured */
    static int run(String[] args) {
        if (args.length > 1) {
            return usage(args, System.err);
        }
        Map<String, String> env = System.getenv();
        Map<String, Object> properties;
        try {
            if (Infrastructure.isProduction(env)) {
                NEEDS.check(env);
            }
            properties = new LinkedHashMap<>(Infrastructure.databaseProperties(env));
        } catch (RequiredVariables.MissingConfigurationException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return run(args, properties, System.out, System.err);
    }

    /** As {@link #run(String[])}, with the database (and any other) settings given, writing to {@code out} and {@code err}. */
    static int run(String[] args, Map<String, Object> settings, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            return usage(args, err);
        }
        Map<String, Object> properties = new LinkedHashMap<>(settings);
        properties.put("flyway.datasources.default.enabled", true);
        properties.putAll(Map.of("micronaut.server.enabled", false, "demo.enabled", false, "stats.enabled", false));
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start()) {
            Summary summary = context.getBean(BackfillImagesUseCase.class).backfill(out::println);
            out.println(summary.images() + " images: " + summary.renditionsMade() + " renditions made, "
                    + summary.webpMade() + " WebP copies made, " + summary.complete() + " already complete, "
                    + summary.failed().size() + " failed" + (summary.failed().isEmpty() ? "" : ":"));
            summary.failed().forEach(failure -> out.println("  " + failure));
            if (summary.nothingToDo()) {
                out.println("Nothing to do: every published photo has its resized copies and WebP copies.");
            }
            return summary.failed().isEmpty() ? 0 : 1;
        } catch (BackfillImagesUseCase.WebpUnavailableException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Backfill failed: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(String[] args, PrintStream err) {
        err.println("backfill-images takes no options, got: " + String.join(" ", java.util.Arrays.copyOfRange(args, 1,
                args.length)));
        err.println(USAGE);
        return 2;
    }
}
