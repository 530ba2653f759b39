package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VariantSelectionTest {

    private static final List<Variant> COLORS = List.of(new Variant("Color", "Red with Gold Border", 0),
            new Variant("Color", "Green", 1));
    private static final List<Variant> TWO_TYPES = List.of(new Variant("Size", "M", 2), new Variant("Color", "Red", 0),
            new Variant("Size", "S", 1));

    @Test
    void nothingPickedIsNotSelected() {
        assertEquals("Not selected", VariantSelection.of(COLORS, Map.of()).text());
        assertEquals("Not selected", VariantSelection.of(List.of(), Map.of()).text());
    }

    @Test
    void oneTypeGivesTheValueAlone() {
        assertEquals("Red with Gold Border",
                VariantSelection.of(COLORS, Map.of("Color", "Red with Gold Border")).text());
    }

    @Test
    void severalTypesGiveTypeAndValueInTheOwnersOrder() {
        VariantSelection selection = VariantSelection.of(TWO_TYPES, Map.of("Size", "M", "Color", "Red"));

        assertEquals(List.of("Color", "Size"), List.copyOf(selection.options().keySet()));
        assertEquals(List.of("S", "M"), selection.options().get("Size"));
        assertEquals("Color: Red, Size: M", selection.text());
        assertEquals("Size: S", VariantSelection.of(TWO_TYPES, Map.of("Size", "S")).text());
    }

    @Test
    void aValueThatIsNotAnOptionIsIgnored() {
        VariantSelection selection = VariantSelection.of(COLORS, Map.of("Color", "<script>", "Size", "XL"));

        assertNull(selection.chosen("Color"));
        assertEquals("Not selected", selection.text());
    }
}
