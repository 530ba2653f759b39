package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.CatalogReads.CatalogItem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A sort order: the slots in that order, and the numbers filters compare (the price a buyer pays, the publication
 * time), laid out in the same order.
 */
final class CatalogOrder {

    final int[] slots;
    final long[] paise;
    final long[] publishedSeconds;

    private CatalogOrder(int[] slots, CatalogItem[] items) {
        this.slots = slots;
        this.paise = new long[slots.length];
        this.publishedSeconds = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            CatalogItem item = items[slots[i]];
            paise[i] = item.buyerPrice().paise(); // what the buyer pays: the sale price where there is one
            publishedSeconds[i] = item.publishedAt() == null ? CatalogIndex.NOT_PUBLISHED
                    : item.publishedAt().getEpochSecond();
        }
    }

    static CatalogOrder of(CatalogItem[] items, Comparator<CatalogItem> by) {
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> by.compare(items[a], items[b]));
        return new CatalogOrder(Arrays.stream(order).mapToInt(Integer::intValue).toArray(), items);
    }

    /** This order without the {@code touched} slots, then with those of them that hold a product, in place. */
    CatalogOrder moved(CatalogItem[] items, Set<Integer> touched, Comparator<CatalogItem> by) {
        int[] kept = Arrays.stream(this.slots).filter(slot -> !touched.contains(slot)).toArray();
        List<Integer> back = touched.stream().filter(slot -> items[slot] != null)
                .sorted((a, b) -> by.compare(items[a], items[b])).toList();
        int[] merged = new int[kept.length + back.size()];
        int k = 0;
        int m = 0;
        for (int slot : back) {
            int at = insertionPoint(kept, items, items[slot], by);
            System.arraycopy(kept, k, merged, m, at - k);
            m += at - k;
            k = at;
            merged[m++] = slot;
        }
        System.arraycopy(kept, k, merged, m, kept.length - k);
        return new CatalogOrder(merged, items);
    }

    private static int insertionPoint(int[] order, CatalogItem[] items, CatalogItem item,
                                      Comparator<CatalogItem> by) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (by.compare(items[order[mid]], item) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
