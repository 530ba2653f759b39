package com.rangoliboutique.startup;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %ex} (the stack trace) with secrets masked ({@link SecretMasking}), for the plain-text log layout. */
public class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return SecretMasking.fromEnvironment().mask(super.throwableProxyToString(throwable));
    }
}
