package org.ariadne.base;

import java.util.Locale;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.RefusedException;
import org.ariadne.common.TranslatableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error as an RFC 9457 problem document, translated to the request's language, with
 * no stack trace and no echo of the request's data.
 */
@RestControllerAdvice(basePackages = "org.ariadne")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final TranslationProvider translations;

    ApiExceptionHandler(TranslationProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e, locale);
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, e, locale);
    }

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e, Locale locale) {
        ProblemDetail problem = problem(e.kind() == RefusedException.Kind.STATE ? HttpStatus.CONFLICT
                : HttpStatus.FORBIDDEN, e, locale);
        problem.setProperty("rule", e.kind().name());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, e, locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                translations.getTranslation("common.error.conflict", locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                translations.getTranslation("common.error.access-denied", locale));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                translations.getTranslation("common.error.unauthenticated", locale));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation("common.error.unreadable", locale));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        SafeLog.error(log, "Unexpected API error " + reference, e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                translations.getTranslation("common.error.unexpected", locale, reference));
    }

    private ProblemDetail problem(HttpStatus status, TranslatableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                e.message().resolve((key, arguments) -> translations.getTranslation(key, locale, arguments)));
        problem.setProperty("code", e.messageKey());
        return problem;
    }
}
