package com.rangoliboutique.startup;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} with secrets masked ({@link SecretMasking}), for the plain-text log layout. */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SecretMasking.fromEnvironment().mask(super.convert(event));
    }
}
