/** What the last click did ("Copied to the clipboard."), announced politely to screen readers. */
export function StatusMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="status-message" role="status">
      {message}
    </p>
  );
}
