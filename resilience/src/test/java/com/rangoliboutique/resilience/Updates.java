package com.rangoliboutique.resilience;

/** Telegram-shaped update JSON, as Telegram POSTs it to the webhook (Bot API Update, Message, PhotoSize, CallbackQuery). */
final class Updates {

    private static final int DATE = 1_764_000_000;

    private Updates() {
    }

    /** A photo with a caption from {@code fromId} in their private chat with the bot. */
    static String photo(long updateId, long fromId, String fileId, String caption) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d, "from": %s, "chat": %s,
                  "caption": %s,
                  "photo": [
                    {"file_id": "%s-small", "file_unique_id": "u%s-s", "width": 90, "height": 120, "file_size": 1500},
                    {"file_id": "%s", "file_unique_id": "u%s", "width": 900, "height": 1200, "file_size": 50000}]}}
                """.formatted(updateId, updateId, DATE, user(fromId), chat(fromId), json(caption),
                fileId, fileId, fileId, fileId);
    }

    static String text(long updateId, long fromId, String text) {
        String entities = text.startsWith("/")
                ? ", \"entities\": [{\"offset\": 0, \"length\": " + text.split(" ")[0].length()
                + ", \"type\": \"bot_command\"}]"
                : "";
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d, "from": %s, "chat": %s,
                  "text": %s%s}}
                """.formatted(updateId, updateId, DATE, user(fromId), chat(fromId), json(text), entities);
    }

    /** A press of the inline button carrying {@code data} under the bot's message {@code cardMessageId}. */
    static String button(long updateId, long fromId, int cardMessageId, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "cb%d", "from": %s, "chat_instance": "42",
                  "data": %s,
                  "message": {"message_id": %d, "date": %d, "chat": %s, "caption": "card"}}}
                """.formatted(updateId, updateId, user(fromId), json(data), cardMessageId, DATE, chat(fromId));
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
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
