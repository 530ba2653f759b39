/**
 * Implementations of {@link com.rangoliboutique.application.port.out.ImageGenerator}: Gemini (google-genai) and the
 * clearly labelled offline stand-in. Built by the generation worker issue.
 */
package com.rangoliboutique.adapter.out.ai;
