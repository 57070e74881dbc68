// The lowest installed version of each security-critical package that has every advisory below
// fixed (research: /work/shared/research/security-and-reliability.md §1.1). `npm audit` is not
// available on these machines, so tests/unit/security/version-floor.test.ts reads the installed
// package.json of each and fails the build below its floor. Raise a floor when an advisory lands.
import semver from "semver";

export type VersionFloor = { name: string; floor: string; advisories: string };

export const versionFloors: VersionFloor[] = [
  {
    name: "next",
    floor: "16.5.0",
    advisories:
      "16.0.7 React2Shell RCE (CVE-2025-66478); 16.0.10 RSC DoS and action source exposure (CVE-2025-55184/-67779/-55183); " +
      "16.1.7 Origin: null bypassed the action CSRF check (CVE-2026-27978); 16.2.6 proxy bypasses and RSC cache poisoning " +
      "(CVE-2026-44575/-44576, GHSA-ffhc-5mcf-pf4q); 16.2.11 action IDs disclosed and action CPU DoS (CVE-2026-64643/-64641); " +
      "16.3.3 August 2026 release (two critical); 16.3.8 next/og RCE (GHSA-vcvr-r3jv-pc5j), image " +
      "SSRF, cache poisoning (CVE-2026-94484/-94543/-94544); " +
      "16.4.1 server-action DoS and RSC RCE (GHSA-xqc2-xf4c-x3h3, CVE-2026-126187); " +
      "16.5.0 bundles the React server runtime of 2026-11-23 with the Server Functions DoS fix (GHSA-h3gv-c5rc-p453, CVE-2026-130165)",
  },
  {
    name: "react",
    floor: "19.3.1",
    advisories:
      "19.2.1 React2Shell RCE (CVE-2025-55182); 19.2.3 RSC DoS and source exposure (CVE-2025-55184/-67779/-55183); " +
      "19.2.4–19.2.8 RSC DoS (CVE-2026-23864/-23869/-23870/-44907); 19.3.1 RSC RCE (GHSA-xqc2-xf4c-x3h3: 19.3.0 affected)",
  },
  {
    name: "react-dom",
    floor: "19.3.1",
    advisories: "released in lockstep with react: the same advisories (its server renderer ships the RSC client runtime)",
  },
  {
    name: "better-auth",
    floor: "1.7.29",
    advisories:
      "1.7.16 security release (session revocation, email OTP, email-link binding; none of those routes is served here); " +
      "1.7.29 the newest, which this app's sign-in, session and lockout tests pass against; older 1.x " +
      "lines had origin and session advisories",
  },
];

/** Below the floor, or not a version at all (a prerelease of the floor counts as below it). */
export function isBelowFloor(version: string, floor: string): boolean {
  const parsed = semver.valid(version);
  return parsed === null || semver.lt(parsed, floor);
}
