// Time-based one-time passwords as every authenticator app expects them (RFC 6238: SHA-1, 6 digits,
// 30-second steps), through otpauth.
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";

export const totpPeriod = 30;
const issuer = "Compute Atlas";

function totp(secretBase32: string, label = "account"): TOTP {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: totpPeriod, secret: Secret.fromBase32(secretBase32) });
}

/** A new secret: 160 random bits (RFC 4226's recommended length), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function isBase32Secret(value: string): boolean {
  return /^[A-Z2-7]{16,128}$/.test(value);
}

/** The time step a 6-digit code belongs to, accepting one step either side for clock drift; null if wrong. */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : TOTP.counter({ period: totpPeriod, timestamp: now }) + delta;
}

/** The code for a time step (tests, and the provisioning check). */
export function totpCodeAt(secretBase32: string, step: number): string {
  return totp(secretBase32).generate({ timestamp: step * totpPeriod * 1000 });
}

export function currentTotpStep(now = Date.now()): number {
  return TOTP.counter({ period: totpPeriod, timestamp: now });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

/** The QR code of that address as an SVG string (rendered on the server; no script needed). */
export function otpauthQrSvg(uri: string): string {
  return renderSVG(uri, { border: 2, pixelSize: 6 });
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})/g, "$1 ").trim();
}
