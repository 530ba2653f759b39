package com.rangoliboutique.adapter.in.telegram;

/**
 * Telegram-shaped update JSON (the field shapes of the Bot API's Update, Message, PhotoSize, CallbackQuery), as
 * Telegram POSTs it to the webhook; shared by the web app's tests and the resilience suite.
 */
public final class Updates {

    private static final int DATE = 1_764_000_000;

    private Updates() {
    }

    public static String photo(long updateId, long fromId, int messageId, String fileId, long fileSize, String caption,
                        String mediaGroupId) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d,
                  "from": %s, "chat": %s,%s%s
                  "photo": [
                    {"file_id": "%s-small", "file_unique_id": "u%s-s", "width": 90, "height": 120, "file_size": 1500},
                    {"file_id": "%s", "file_unique_id": "u%s", "width": 900, "height": 1200, "file_size": %d}]}}
                """.formatted(updateId, messageId, DATE, user(fromId), chat(fromId),
                caption == null ? "" : " \"caption\": " + json(caption) + ",",
                mediaGroupId == null ? "" : " \"media_group_id\": " + json(mediaGroupId) + ",",
                fileId, fileId, fileId, fileId, fileSize);
    }

    public static String document(long updateId, long fromId, String fileId, long fileSize, String mimeType, String fileName,
                           String caption) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d, "from": %s, "chat": %s,
                  "caption": %s,
                  "document": {"file_id": "%s", "file_unique_id": "u%s", "file_name": %s, "mime_type": "%s",
                               "file_size": %d}}}
                """.formatted(updateId, updateId, DATE, user(fromId), chat(fromId), json(caption), fileId, fileId,
                json(fileName), mimeType, fileSize);
    }

    public static String text(long updateId, long fromId, String text) {
        String entities = text.startsWith("/")
                ? ", \"entities\": [{\"offset\": 0, \"length\": " + text.split(" ")[0].length() + ", \"type\": \"bot_command\"}]"
                : "";
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d, "from": %s, "chat": %s,
                  "text": %s%s}}
                """.formatted(updateId, updateId, DATE, user(fromId), chat(fromId), json(text), entities);
    }

    /** The owner's text {@code text} sent as a reply to message {@code repliedTo} (one of the bot's, in the same chat). */
    public static String reply(long updateId, long fromId, int repliedTo, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d, "from": %s, "chat": %s,
                  "text": %s,
                  "reply_to_message": {"message_id": %d, "date": %d, "chat": %s,
                    "from": {"id": 1, "is_bot": true, "first_name": "Rangoli"}, "text": "an earlier message"}}}
                """.formatted(updateId, updateId, DATE, user(fromId), chat(fromId), json(text), repliedTo, DATE,
                chat(fromId));
    }

    /** A press of a button under a text message (a list, a card without photo). */
    public static String buttonUnderText(long updateId, long fromId, int messageId, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "cb%d", "from": %s, "chat_instance": "42",
                  "data": %s,
                  "message": {"message_id": %d, "date": %d, "chat": %s, "text": "list"}}}
                """.formatted(updateId, updateId, user(fromId), json(data), messageId, DATE, chat(fromId));
    }

    public static String button(long updateId, long fromId, int cardMessageId, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "cb%d", "from": %s, "chat_instance": "42",
                  "data": %s,
                  "message": {"message_id": %d, "date": %d, "chat": %s, "caption": "card"}}}
                """.formatted(updateId, updateId, user(fromId), json(data), cardMessageId, DATE, chat(fromId));
    }

    /** A press of a button under a text message (the morning digest's drafts and stock alerts). */
    public static String buttonOnText(long updateId, long fromId, int messageId, String data, String text) {
        return """
                {"update_id": %d, "callback_query": {"id": "cb%d", "from": %s, "chat_instance": "42",
                  "data": %s,
                  "message": {"message_id": %d, "date": %d, "chat": %s, "text": %s}}}
                """.formatted(updateId, updateId, user(fromId), json(data), messageId, DATE, chat(fromId), json(text));
    }

    private static String user(long id) {
        return "{\"id\": %d, \"is_bot\": false, \"first_name\": \"Poonam\", \"username\": \"poonam\"}".formatted(id);
    }

    /** The owner's private chat with the bot has the owner's id. */
    private static String chat(long id) {
        return "{\"id\": %d, \"type\": \"private\", \"first_name\": \"Poonam\"}".formatted(id);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                // controls and surrogates as \\uXXXX, as Telegram writes them (a lone surrogate survives only so)
                default -> out.append(c < 0x20 || c == 0x7F || Character.isSurrogate(c)
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
