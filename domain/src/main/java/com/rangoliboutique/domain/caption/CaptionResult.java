package com.rangoliboutique.domain.caption;

import com.rangoliboutique.domain.product.ProductDetails;

import java.util.List;

/** The owner's photo caption read as product details, or the problems to send back. */
public sealed interface CaptionResult permits CaptionResult.Parsed, CaptionResult.Rejected {

    record Parsed(ProductDetails details) implements CaptionResult {
    }

    /** Each problem is one line of plain English for the owner. */
    record Rejected(List<String> problems) implements CaptionResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one problem");
            }
        }
    }
}
