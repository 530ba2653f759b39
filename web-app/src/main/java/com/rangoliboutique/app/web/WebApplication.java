package com.rangoliboutique.app.web;

import com.rangoliboutique.startup.Launch;
import com.rangoliboutique.startup.LogFormat;
import com.rangoliboutique.startup.RequiredVariables;

import static com.rangoliboutique.startup.RequiredVariables.isSet;

/** The web process: the buyers' catalog and the owner's Telegram webhook. */
public final class WebApplication {

    static final RequiredVariables PRODUCTION_NEEDS = new RequiredVariables()
            .require("DATABASE_URL", "the shop's PostgreSQL, postgres://user:pass@host:5432/db")
            .require("REDIS_URL", "the job queue and rate limits, redis://user:pass@host:6379/0")
            .require("SECRET_KEY", "signs private image links; a random 64-character string")
            .require("APP_URL", "the public address of the shop, e.g. https://rangoliboutique.com")
            .requireWhen("TELEGRAM_WEBHOOK_SECRET", "proves webhook calls come from Telegram (the bot token is set)",
                    isSet("TELEGRAM_BOT_TOKEN"))
            .requireWhen("TELEGRAM_ADMIN_IDS", "the Telegram user ids allowed to run the shop (the bot token is set)",
                    isSet("TELEGRAM_BOT_TOKEN"))
            .requireWhen("S3_ACCESS_KEY", "object storage credentials (S3_ENDPOINT_URL is set)",
                    isSet("S3_ENDPOINT_URL"))
            .requireWhen("S3_SECRET_KEY", "object storage credentials (S3_ENDPOINT_URL is set)",
                    isSet("S3_ENDPOINT_URL"))
            .requireWhen("S3_BUCKET_NAME", "the bucket holding the images (S3_ENDPOINT_URL is set)",
                    isSet("S3_ENDPOINT_URL"));

    private WebApplication() {
    }

    /**
     * {@code java -jar web-app.jar} serves the shop; {@code java -jar web-app.jar set-webhook [--drop-pending-updates]}
     * registers the Telegram webhook and command menu (spec scripts/set_webhook.py) and exits;
     * {@code java -jar web-app.jar migrate} runs the database migrations (the spec's release step) and exits;
     * {@code java -jar web-app.jar backfill-images} makes the missing resized and WebP copies of published photos.
     */
    public static void main(String[] args) {
        LogFormat.select(System.getenv()); // before anything logs, the one-shot commands too
        if (args.length > 0 && args[0].equals("set-webhook")) {
            System.exit(SetWebhookCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("migrate")) {
            System.exit(MigrateCommand.run());
        }
        if (args.length > 0 && args[0].equals("backfill-images")) {
            System.exit(BackfillImagesCommand.run(args));
        }
        Launch.start(WebApplication.class, args, PRODUCTION_NEEDS);
    }
}
