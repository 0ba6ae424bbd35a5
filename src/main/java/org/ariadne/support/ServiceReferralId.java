package org.ariadne.support;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed id of a service referral; it says nothing about the person. */
public record ServiceReferralId(@JsonValue long value) {

    @JsonCreator
    public ServiceReferralId {
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
