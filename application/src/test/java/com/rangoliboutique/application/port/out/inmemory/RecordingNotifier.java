package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.AdminNotifier;

import java.util.ArrayList;
import java.util.List;

/** An {@link AdminNotifier} that keeps what it was asked to send; it can be told to fail like an unreachable Telegram. */
public final class RecordingNotifier implements AdminNotifier {

    public record SentDigest(long chatId, Digest digest) {
    }

    public record SentShareCards(long chatId, ShareCards cards) {
    }

    public record SentNoShareCards(long chatId, NotShareable piece) {
    }

    public final List<SentDigest> digests = new ArrayList<>();
    public final List<SentShareCards> shareCards = new ArrayList<>();
    public final List<SentNoShareCards> noShareCards = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    public final List<PreviewCard> previews = new ArrayList<>();
    private int failures;

    /** The next {@code n} sends fail with {@link NotDelivered}. */
    public void failNext(int n) {
        failures = n;
    }

    private void maybeFail() {
        if (failures > 0) {
            failures--;
            throw new NotDelivered("Telegram unreachable (test)", null, null);
        }
    }

    @Override
    public synchronized void message(long chatId, String text) {
        maybeFail();
        messages.add(text);
    }

    @Override
    public synchronized int sendPreview(PreviewCard card) {
        maybeFail();
        previews.add(card);
        return previews.size();
    }

    @Override
    public void sendGenerationFailed(long chatId, long productId, GenerationFailed failed) {
        maybeFail();
    }

    @Override
    public synchronized List<AboutPiece> sendDigest(long chatId, Digest digest) {
        maybeFail();
        digests.add(new SentDigest(chatId, digest));
        List<AboutPiece> sent = new ArrayList<>(); // message ids as Telegram hands them out: one after another
        digest.waiting().forEach(draft -> sent.add(new AboutPiece(++lastMessageId, draft.productId())));
        digest.alerts().forEach(alert -> sent.add(new AboutPiece(++lastMessageId, alert.productId())));
        return sent;
    }

    private int lastMessageId = 100;

    @Override
    public synchronized void sendShareCards(long chatId, ShareCards cards) {
        maybeFail();
        shareCards.add(new SentShareCards(chatId, cards));
    }

    @Override
    public synchronized void sendNoShareCards(long chatId, NotShareable piece) {
        maybeFail();
        noShareCards.add(new SentNoShareCards(chatId, piece));
    }

    @Override
    public Working showWorking(long chatId) {
        return Working.NONE;
    }
}
