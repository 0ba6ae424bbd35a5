/**
 * The small shared kernel every feature may use: exceptions that carry a translation key instead
 * of text, so the UI and the API can explain a refusal in the user's language without leaking
 * personal data into messages or logs; and a few UI helpers for showing such refusals.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.ariadne.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
