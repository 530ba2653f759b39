package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.pengrad.telegrambot.model.Document;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.PhotoSize;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.DraftCreated;
import com.rangoliboutique.application.port.out.Outages;
import com.rangoliboutique.application.port.out.ShortLivedState;
import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.caption.CaptionResult;
import com.rangoliboutique.imaging.PhotoPipeline;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Flow A from the Telegram side: photo (or image document, or album) + caption → validated JPEGs → a draft. Everything
 * is checked before anything is stored: a bad caption or a bad photo is answered in the chat and creates nothing.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
@Requires(property = "telegram.webhook-enabled", value = "true") // the process that takes updates sweeps albums
class PhotoDrafts {

    private static final Set<String> IMAGE_DOCUMENTS = Set.of("image/jpeg", "image/png", "image/webp");
    /** How long the parts of an album are kept: long enough to outlast a database restart. */
    private static final Duration ALBUM_TTL = Duration.ofHours(1);
    private static final Duration ALBUM_RETRY = Duration.ofSeconds(10);
    private static final String OPEN_ALBUMS = "albums:open";
    /** The sweep leaves an album to the process that collected it for this long past its quiet period. */
    private static final long SWEEP_GRACE_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PhotoDrafts.class);

    private final CreateDraftUseCase createDraft;
    private final TelegramFiles files;
    private final OwnerReplies replies;
    private final ShortLivedState state;
    private final PhotoIntake intake = new PhotoIntake();
    private final Duration albumQuiet;
    private final ScheduledExecutorService albums = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "telegram-albums");
        thread.setDaemon(true);
        return thread;
    });

    PhotoDrafts(CreateDraftUseCase createDraft, TelegramFiles files, OwnerReplies replies, ShortLivedState state,
                TelegramProperties telegram) {
        this.createDraft = createDraft;
        this.files = files;
        this.replies = replies;
        this.state = state;
        this.albumQuiet = telegram.albumQuiet();
    }

    /** True when the message carries a photo or a file for this flow. */
    static boolean carriesPicture(Message message) {
        return message.photo() != null && message.photo().length > 0 || message.document() != null;
    }

    void onPicture(long adminId, Message message) {
        Optional<Part> part = part(message);
        long chatId = message.chat().id();
        if (part.isEmpty()) {
            replies.say(chatId, BotTexts.refused(PhotoRefusals.NOT_A_PHOTO));
            return;
        }
        if (message.mediaGroupId() != null) {
            collectAlbumPart(adminId, chatId, message.mediaGroupId(), part.get());
            return;
        }
        create(adminId, chatId, part.get().caption(), List.of(part.get()));
    }

    private void collectAlbumPart(long adminId, long chatId, String groupId, Part part) {
        String key = albumKey(chatId, groupId);
        state.append(key, part.encode(), ALBUM_TTL);
        state.put(key + ":last", String.valueOf(System.currentTimeMillis()), ALBUM_TTL);
        state.append(OPEN_ALBUMS, adminId + ":" + chatId + ":" + groupId, ALBUM_TTL);
        albums.schedule(() -> finishAlbum(adminId, chatId, key), albumQuiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String albumKey(long chatId, String groupId) {
        return "album:" + chatId + ":" + groupId;
    }

    /**
     * Every process, every second: albums whose quiet period has passed but that nobody finished — the process that
     * collected them died in the window, or the database was away when it tried — are finished here.
     */
    @Scheduled(fixedDelay = "${telegram.album-sweep:1s}", initialDelay = "${telegram.album-sweep:1s}")
    void finishForgottenAlbums() {
        try {
            for (String open : state.list(OPEN_ALBUMS).stream().distinct().toList()) {
                String[] f = open.split(":", 3);
                if (f.length < 3) {
                    continue;
                }
                long chatId = Long.parseLong(f[1]);
                String key = albumKey(chatId, f[2]);
                boolean quiet = state.get(key + ":last").map(Long::parseLong)
                        .map(last -> System.currentTimeMillis() - last >= albumQuiet.toMillis() + SWEEP_GRACE_MILLIS)
                        .orElse(false);
                boolean due = state.get(key + ":retry-at").map(Long::parseLong)
                        .map(at -> System.currentTimeMillis() >= at).orElse(true);
                if (quiet && due && state.get(key + ":done").isEmpty()) {
                    finishAlbum(Long.parseLong(f[0]), chatId, key);
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("albums not swept this time: {}", e.toString());
        }
    }

    /** Once no part has arrived for a moment, one process (whoever claims it) makes the album's single draft. */
    private void finishAlbum(long adminId, long chatId, String key) {
        try {
            long last = state.get(key + ":last").map(Long::parseLong).orElse(0L);
            long quietFor = System.currentTimeMillis() - last;
            if (quietFor < albumQuiet.toMillis() - 50) {
                return; // a later part scheduled its own check
            }
            if (!state.claim(key + ":done", ALBUM_TTL)) {
                return;
            }
            List<Part> parts = state.list(key).stream().map(Part::decode).distinct()
                    .sorted(Comparator.comparingInt(Part::messageId)).toList();
            if (parts.isEmpty()) {
                return; // expired
            }
            String caption = parts.stream().map(Part::caption).filter(c -> c != null && !c.isBlank())
                    .findFirst().orElse(null);
            try {
                create(adminId, chatId, caption, parts);
            } catch (RuntimeException e) {
                if (!Outages.databaseUnreachable(e)) {
                    throw e;
                }
                // nothing was saved: let the sweep of any process try again in a while
                LOG.warn("album {} waits for the database ({}); it is tried again in {} s", key, e.getMessage(),
                        ALBUM_RETRY.toSeconds());
                state.put(key + ":retry-at", String.valueOf(System.currentTimeMillis() + ALBUM_RETRY.toMillis()),
                        ALBUM_TTL);
                state.delete(key + ":done");
            }
        } catch (RuntimeException e) {
            LOG.error("album {} could not be turned into a draft", key, e);
            replies.say(chatId, BotTexts.somethingWentWrong());
        } finally {
            org.slf4j.MDC.remove("dress_id");
        }
    }

    private void create(long adminId, long chatId, String caption, List<Part> parts) {
        if (caption == null || caption.isBlank()) {
            replies.say(chatId, BotTexts.captionTemplate());
            return;
        }
        CaptionResult parsed = CaptionParser.parse(caption);
        if (parsed instanceof CaptionResult.Rejected rejected) {
            replies.say(chatId, BotTexts.captionProblems(rejected.problems()));
            return;
        }
        List<byte[]> jpegs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String which = parts.size() == 1 ? "" : "Photo " + (i + 1) + ": ";
            Part part = parts.get(i);
            if (part.fileSize() > PhotoPipeline.MAX_BYTES) {
                replies.say(chatId, BotTexts.refused(which + PhotoRefusals.announcedTooLarge(part.fileSize())));
                return;
            }
            PhotoIntake.Result checked = intake.accept(files.download(part.fileId(), PhotoPipeline.MAX_BYTES));
            if (checked instanceof PhotoIntake.Refused refused) {
                replies.say(chatId, BotTexts.refused(which + refused.reason()));
                return;
            }
            jpegs.add(((PhotoIntake.Accepted) checked).jpeg());
        }
        DraftCreated created = createDraft.create(new CreateDraftCommand(adminId, chatId,
                ((CaptionResult.Parsed) parsed).details(), jpegs));
        org.slf4j.MDC.put("dress_id", created.product().dressId().value());
        LOG.info("draft {} created from {} photo(s)", created.product().dressId(), jpegs.size());
        replies.sayAbout(chatId, BotTexts.draftCreated(created.product(), jpegs.size(), created.queued()),
                created.product().id());
    }

    /** The largest photo size, or an image sent as a file (owners do that to avoid compression). */
    private static Optional<Part> part(Message message) {
        if (message.photo() != null && message.photo().length > 0) {
            PhotoSize largest = java.util.Arrays.stream(message.photo())
                    .max(Comparator.comparingLong(p -> (long) p.width() * p.height())).orElseThrow();
            return Optional.of(new Part(message.messageId(), largest.fileId(),
                    largest.fileSize() == null ? 0 : largest.fileSize(), message.caption()));
        }
        Document document = message.document();
        if (document != null && document.mimeType() != null && IMAGE_DOCUMENTS.contains(document.mimeType())) {
            return Optional.of(new Part(message.messageId(), document.fileId(),
                    document.fileSize() == null ? 0 : document.fileSize(), message.caption()));
        }
        return Optional.empty();
    }

    /** One photo of a message, as kept while an album is still arriving. */
    record Part(int messageId, String fileId, long fileSize, String caption) {

        String encode() {
            return messageId + "\u0001" + fileId + "\u0001" + fileSize + "\u0001" + (caption == null ? "" : caption);
        }

        static Part decode(String text) {
            String[] f = text.split("\u0001", 4);
            return new Part(Integer.parseInt(f[0]), f[1], Long.parseLong(f[2]), f.length > 3 ? f[3] : "");
        }
    }

    @PreDestroy
    void stop() {
        albums.shutdown();
    }
}
