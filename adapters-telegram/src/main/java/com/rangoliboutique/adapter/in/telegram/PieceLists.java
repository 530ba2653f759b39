package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.FindPiecesUseCase;
import com.rangoliboutique.application.port.in.ListPiecesUseCase;
import com.rangoliboutique.application.port.in.PiecePage;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /list [drafts|published|sold|hidden]} and {@code /find words}: one message with a button per piece
 * ({@link #PAGE_SIZE} a page) and ◀ ▶ buttons that rewrite that same message with another page.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class PieceLists {

    static final int PAGE_SIZE = 8;

    private final ListPiecesUseCase lists;
    private final FindPiecesUseCase finds;
    private final OwnerReplies replies;

    PieceLists(ListPiecesUseCase lists, FindPiecesUseCase finds, OwnerReplies replies) {
        this.lists = lists;
        this.finds = finds;
        this.replies = replies;
    }

    void onList(long chatId, String argument) {
        Optional<PieceFilter> filter = PieceFilter.parse(argument);
        if (filter.isEmpty()) {
            replies.say(chatId, PieceTexts.unknownFilter(argument));
            return;
        }
        View view = listView(filter.get(), 1);
        replies.say(chatId, view.text(), PieceKeyboards.list(view.page(), p -> new PiecePress.ListPage(filter.get(), p)));
    }

    void onFind(long chatId, String argument) {
        String words = argument.strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            replies.say(chatId, PieceTexts.USAGE_FIND);
        } else if (words.getBytes(StandardCharsets.UTF_8).length > PiecePress.MAX_FIND_BYTES) {
            replies.say(chatId, PieceTexts.searchTooLong());
        } else {
            View view = findView(words, 1);
            replies.say(chatId, view.text(), PieceKeyboards.list(view.page(), p -> new PiecePress.FindPage(p, words)));
        }
    }

    /** ◀ or ▶: the same message shows the other page (the last one there is, if pieces went meanwhile). */
    void onPage(long chatId, int messageId, PiecePress press) {
        if (press instanceof PiecePress.ListPage list) {
            View view = listView(list.filter(), list.page());
            replies.editText(chatId, messageId, view.text(),
                    PieceKeyboards.list(view.page(), p -> new PiecePress.ListPage(list.filter(), p)));
        } else if (press instanceof PiecePress.FindPage find) {
            View view = findView(find.words(), find.page());
            replies.editText(chatId, messageId, view.text(),
                    PieceKeyboards.list(view.page(), p -> new PiecePress.FindPage(p, find.words())));
        }
    }

    private View listView(PieceFilter filter, int page) {
        PiecePage found = lists.list(filter.status(), page, PAGE_SIZE);
        if (!found.isEmpty()) {
            return new View(PieceTexts.listPage(filter, found), found);
        }
        boolean emptyShop = filter == PieceFilter.ALL
                || lists.list(Optional.empty(), 1, 1).isEmpty();
        return new View(emptyShop ? PieceTexts.EMPTY_SHOP : PieceTexts.noneInFilter(filter), found);
    }

    private View findView(String words, int page) {
        PiecePage found = finds.find(words, page, PAGE_SIZE);
        if (!found.isEmpty()) {
            return new View(PieceTexts.found(words, found), found);
        }
        boolean emptyShop = lists.list(Optional.empty(), 1, 1).isEmpty();
        return new View(emptyShop ? PieceTexts.EMPTY_SHOP : PieceTexts.nothingFound(words), found);
    }

    private record View(String text, PiecePage page) {
    }
}
