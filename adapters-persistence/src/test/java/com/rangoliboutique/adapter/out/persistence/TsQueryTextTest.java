package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.catalog.SearchTerms.All;
import com.rangoliboutique.domain.catalog.SearchTerms.Any;
import com.rangoliboutique.domain.catalog.SearchTerms.Not;
import com.rangoliboutique.domain.catalog.SearchTerms.Word;
import com.rangoliboutique.domain.catalog.SearchWords;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL's text form of websearch_to_tsquery's results, as the catalog's search reads it. */
class TsQueryTextTest {

    private static Word word(String w) {
        return new Word(w, false);
    }

    @Test
    void readsWordsAndTheirOperatorsWithPostgresPriorities() {
        assertEquals(word("sare"), TsQueryText.parse("'sare'"));
        assertEquals(new All(List.of(word("red"), word("silk"))), TsQueryText.parse("'red' & 'silk'"));
        assertEquals(new Any(List.of(word("red"), new All(List.of(word("silk"), new Not(word("cotton")))))),
                TsQueryText.parse("'red' | 'silk' & !'cotton'"));
        assertEquals(new All(List.of(new Any(List.of(word("a"), word("b"))), word("c"))),
                TsQueryText.parse("( 'a' | 'b' ) & 'c'"));
        assertEquals(new All(List.of(word("half-sare"), word("half"), word("sare"))),
                TsQueryText.parse("'half-sare' <-> 'half' <-> 'sare'"), "a phrase: all of its words");
        assertEquals(new All(List.of(word("red"), word("silk"))), TsQueryText.parse("'red' <2> 'silk'"));
        assertEquals(new Word("sil", true), TsQueryText.parse("'sil':*"));
        assertEquals(word("o'neil"), TsQueryText.parse("'o''neil'"));
        assertEquals(word("a\\b"), TsQueryText.parse("'a\\\\b'"));
    }

    @Test
    void nothingToLookForMatchesNothing() {
        assertEquals(SearchTerms.NOTHING, TsQueryText.parse(""));
        assertFalse(SearchTerms.NOTHING.matches(SearchWords.of(List.of("red"))));
    }

    @Test
    void matchesAProductsWords() {
        SearchWords saree = SearchWords.of(List.of("red", "sare", "silk", "wed"));
        assertTrue(TsQueryText.parse("'red' & 'silk'").matches(saree));
        assertFalse(TsQueryText.parse("'red' & !'silk'").matches(saree));
        assertTrue(TsQueryText.parse("'cotton' | 'wed'").matches(saree));
        assertTrue(TsQueryText.parse("'si':*").matches(saree));
        assertFalse(TsQueryText.parse("'z':*").matches(saree));
    }

    @Test
    void refusesTextThatIsNoTsquery() {
        assertThrows(IllegalArgumentException.class, () -> TsQueryText.parse("'unclosed"));
        assertThrows(IllegalArgumentException.class, () -> TsQueryText.parse("'a' &"));
        assertThrows(IllegalArgumentException.class, () -> TsQueryText.parse("'a' 'b'"));
    }
}
