// Placeholder for the editors' area (editors' issue); every page and action there will check the
// session and role itself.
export const metadata = { robots: { index: false } };

export default function AdminIndex() {
  return <p>The editors&apos; area is not open yet.</p>;
}
