// The sign-in policy in one place, with the reason for each number.

/**
 * Passwords: at least 15 characters (NIST SP 800-63B-4 and OWASP ASVS 5.0 6.2.1 ask 15 when the
 * password is the only factor; it is not here since two-factor sign-in, but the bar stays, so that
 * the password is still strong on its own should a second factor be reset); at most 256 so that hashing a hostile 1 MB
 * "password" cannot be used to burn CPU. No composition rules (ASVS 6.2.5).
 */
export const passwordLength = { min: 15, max: 256 } as const;

/**
 * argon2id at OWASP's baseline (m = 19 MiB, t = 2, p = 1), the @node-rs/argon2 defaults, stated
 * here so that a library upgrade cannot lower them silently. `algorithm: 2` is Argon2id (the
 * package's `Algorithm` is a const enum, which isolated modules cannot import).
 */
export const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/**
 * Per-account lockout (OWASP Authentication Cheat Sheet): counted per account, not per IP.
 * Five wrong passwords lock the account for 15 minutes; a set-password link from an admin unlocks it.
 */
export type LockoutPolicy = { maxFailures: number; lockSeconds: number };
export const defaultLockout: LockoutPolicy = { maxFailures: 5, lockSeconds: 15 * 60 };

/**
 * Sessions live in the database, so sign-out and disabling end them at once.
 * - `expiresIn` 8 h: one working day. Unused for 8 h, a session ends.
 * - `updateAge` 1 h: a session in use is extended at most hourly (one write per hour, not per request).
 * - `absoluteSeconds` 12 h: however active, a session ends 12 h after sign-in (OWASP: 4–8 h absolute
 *   for office use; 12 h leaves room for a long day) so a stolen cookie has a bounded life.
 */
export const sessionLifetime = { expiresIn: 8 * 3600, updateAge: 3600, absoluteSeconds: 12 * 3600 } as const;

/**
 * Per-IP limit on sign-in posts, on top of the per-account lockout (Better Auth's limiter, counted
 * in the database): 10 a minute by default (ATLAS_SIGN_IN_LIMIT), plenty for people, little for a script.
 */
export const signInRateWindowSeconds = 60;

/** A set-password link (invitation or reset) works once, for 72 hours. */
export const passwordLinkSeconds = 72 * 3600;

/** The one message for every failed sign-in: no hint whether the email exists or the account is locked. */
export const signInFailedMessage =
  "Sign-in failed. Check your email and password; after repeated failures the account is locked for a while.";
