import type { NextConfig } from "next";

// Only /embed/* may be framed by other sites; everything else refuses framing outright.
const noFraming = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];
const everyResponse = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database and the migration tooling are Node-only; keep them out of the bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: everyResponse },
      { source: "/((?!embed(?:/|$)).*)", headers: noFraming },
    ];
  },
};

export default nextConfig;
