package com.rangoliboutique.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The environment variables a production process cannot start without, each with the reason it is needed. */
public final class RequiredVariables {

    private final List<Requirement> requirements = new ArrayList<>();

    public RequiredVariables require(String name, String why) {
        return requireWhen(name, why, env -> true);
    }

    /** {@code name} is needed only when {@code condition} holds, e.g. a webhook secret once a bot token is set. */
    public RequiredVariables requireWhen(String name, String why, Predicate<Map<String, String>> condition) {
        requirements.add(new Requirement(name, why, condition));
        return this;
    }

    /** The missing variables, one line each ("DATABASE_URL — the shop's PostgreSQL…"); empty when all is set. */
    public List<String> missing(Map<String, String> env) {
        return requirements.stream()
                .filter(r -> r.condition().test(env) && !Infrastructure.present(env, r.name()))
                .map(r -> r.name() + ": " + r.why())
                .toList();
    }

    /** Refuses to go on in production when anything is missing, naming every missing variable. */
    public void check(Map<String, String> env) {
        check(env, "Cannot start in production; set these environment variables:", null);
    }

    /** Refuses when anything is missing: {@code headline}, every missing variable, then {@code advice} if any. */
    public void check(Map<String, String> env, String headline, String advice) {
        List<String> missing = missing(env);
        if (!missing.isEmpty()) {
            throw new MissingConfigurationException(headline + "\n  " + String.join("\n  ", missing)
                    + (advice == null ? "" : "\n" + advice));
        }
    }

    public static Predicate<Map<String, String>> isSet(String name) {
        return env -> Infrastructure.present(env, name);
    }

    private record Requirement(String name, String why, Predicate<Map<String, String>> condition) {
    }

    public static final class MissingConfigurationException extends RuntimeException {
        MissingConfigurationException(String message) {
            super(message);
        }
    }
}
