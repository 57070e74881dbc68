// Placeholder for the embeddable charts (journalists' issue): the only framable route group.
export default function EmbedIndex() {
  return <p>Embeddable charts will live under /embed.</p>;
}
