package com.rangoliboutique.adapter.in.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * The body of every error the framework answers itself (no route for the method, an unreadable body, an exception no
 * handler took): our error page for the catalog's addresses, the status line alone in plain text for the webhook and
 * the machine endpoints. Never Micronaut's default JSON, whose {@code _links.self.href} echoes the request path — for
 * the webhook that is the bot token — and whose message may carry a signed link or an exception's text.
 */
@Singleton
@Primary
final class ShopErrorResponses implements ErrorResponseProcessor<Object> {

    private final ErrorPages pages;

    ShopErrorResponses(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext error, MutableHttpResponse<?> response) {
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        answer.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
        if (error.getRequest().getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        String path = error.getRequest().getPath();
        if (isMachineEndpoint(path)) {
            HttpStatus status = HttpStatus.valueOf(answer.code());
            return answer.contentType(MediaType.TEXT_PLAIN_TYPE.toString() + ";charset=utf-8")
                    .body((status.getCode() + " " + status.getReason()).getBytes(StandardCharsets.UTF_8));
        }
        CachedPage page = pages.forStatus(answer.code());
        return answer.contentType(page.contentType()).body(page.body());
    }

    private static boolean isMachineEndpoint(String path) {
        return path.startsWith("/telegram/") || path.equals("/health") || path.startsWith("/prometheus")
                || path.startsWith("/media/");
    }
}
