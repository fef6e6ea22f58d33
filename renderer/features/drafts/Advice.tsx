/** What only the assistant can add to a draft (a callback number, a name to take out), said once, above the hand-off. */
export function Advice({ advice }: { advice: readonly string[] }) {
  if (advice.length === 0) return null;
  return (
    <ul className="advice" aria-label="Before you use it">
      {advice.map((a) => (
        <li key={a}>{a}</li>
      ))}
    </ul>
  );
}
