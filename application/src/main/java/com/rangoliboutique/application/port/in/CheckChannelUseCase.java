package com.rangoliboutique.application.port.in;

/** The owner's {@code /channel}: whether the bot can post to the shop's channel, and if not, what is missing. */
public interface CheckChannelUseCase {

    ChannelCheck check();

    /** What the check found. */
    sealed interface ChannelCheck {
        /** No {@code TELEGRAM_CHANNEL_ID}. */
        record NotConfigured() implements ChannelCheck {
        }

        /** Telegram does not know the channel, or the bot is not in it. */
        record NotFound(String channelId, String telegramSays) implements ChannelCheck {
        }

        /** The bot is in the channel but not an admin allowed to post (and edit and delete). */
        record NotAllowed(String channelId, String title, String botUsername, boolean admin, boolean canPost,
                          boolean canEdit, boolean canDelete) implements ChannelCheck {
        }

        /** Telegram could not be asked (no answer, an error of its own). */
        record Unreachable(String channelId, String reason) implements ChannelCheck {
        }

        /** The bot may post, edit and delete in the channel. */
        record Works(String channelId, String title, String botUsername) implements ChannelCheck {
        }
    }
}
