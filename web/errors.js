// Typed errors of the JS API. `code` mirrors the core's ErrorCode ('EMPTY_INPUT',
// 'INPUT_TOO_LARGE', ...) plus 'DESTROYED' for calls on a destroyed instance, so callers switch on
// `error.code` instead of parsing messages.
export class PrecisError extends Error {
  /**
   * @param {string} code SCREAMING_SNAKE error code.
   * @param {string} [message] Human-readable detail; defaults to the code.
   * @param {{ cause?: unknown }} [options]
   */
  constructor(code, message, options) {
    super(message || code, options);
    this.name = 'PrecisError';
    this.code = code;
  }
}

/** The DOMException an aborted call rejects with, as fetch() does. */
export function abortError() {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Duck-typed, so signals from another realm (iframe, vm) are accepted too. */
export function isAbortSignal(value) {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.aborted === 'boolean' &&
    typeof value.addEventListener === 'function'
  );
}
