// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Kept apart from password.ts (which loads the argon2 binary) because client-side forms
// validate with the same limits.
export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; the cap only stops a request from making us hash megabytes. */
export const PASSWORD_MAX_LENGTH = 200;
