package com.rangoliboutique.domain.caption;

import com.rangoliboutique.domain.product.ProductPatch;

import java.util.List;

/** The owner's edit message read as the fields to change, or the problems to send back. */
public sealed interface EditResult permits EditResult.Parsed, EditResult.Rejected {

    record Parsed(ProductPatch patch) implements EditResult {
    }

    /** Each problem is one line of plain English for the owner. */
    record Rejected(List<String> problems) implements EditResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one problem");
            }
        }
    }
}
