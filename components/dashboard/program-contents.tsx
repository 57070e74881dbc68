// A short table of contents under a program's header: links to its sections' ids, so a reader of a
// long page (17,000 px on a phone) jumps to the part they want.
type Props = { hasStatusHistory: boolean };

export function ProgramContents({ hasStatusHistory }: Props) {
  const sections = [
    ...(hasStatusHistory ? [["status-history", "Status history"]] : []),
    ["funding", "Funding chart"],
    ["funding-claims-heading", "Funding claims"],
    ["capacity", "Capacity claims"],
    ["milestones", "Milestones"],
    ["partners", "Partners"],
    ["announcements", "Announcements"],
    ["sources", "Sources"],
  ];
  return (
    <nav aria-label="On this page" className="mt-6 text-sm" data-testid="program-contents">
      <h2 className="font-semibold">On this page</h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {sections.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`} className="underline">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
