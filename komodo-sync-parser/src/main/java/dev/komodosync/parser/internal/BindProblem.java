package dev.komodosync.parser.internal;

import dev.komodosync.model.DiagnosticCode;
import java.util.Optional;

/**
 * A binding problem before it is located: what is wrong, and the path it concerns.
 *
 * @param code the diagnostic code
 * @param message what is wrong
 * @param at where, as written
 * @param hint what to do about it
 */
public record BindProblem(DiagnosticCode code, String message, RawPath at, Optional<String> hint) {}
