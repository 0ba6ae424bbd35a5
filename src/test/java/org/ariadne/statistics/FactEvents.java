package org.ariadne.statistics;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes the events a feature would, in one transaction, as the statistics projector receives them. */
public final class FactEvents {

    private FactEvents() {
    }

    public static void publish(TransactionTemplate tx, ApplicationEventPublisher events, Object... all) {
        tx.executeWithoutResult(status -> {
            for (Object e : all) {
                events.publishEvent(e);
            }
        });
    }
}
