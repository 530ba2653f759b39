-- Which of the bot's messages in an owner's chat is about which piece (the draft reply, the preview card, a piece
-- card, a status answer): a reply to one of them acts on that piece, also after a restart. A product's rows go with it.
-- Telegram lets a bot edit its messages for 48 hours and owners reply to old ones rarely, so a row lives 90 days: every
-- write deletes the rows older than that (through idx_bot_messages_written), which keeps the table small.
CREATE TABLE bot_messages (
    chat_id    BIGINT NOT NULL,
    message_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (chat_id, message_id)
);

CREATE INDEX idx_bot_messages_product ON bot_messages (product_id);
CREATE INDEX idx_bot_messages_written ON bot_messages (written_at);
