import { useEffect, useRef } from 'react';
import { focusIfLost } from './focus-if-lost';

/**
 * What the last click did ("Copied to the clipboard."), announced politely to screen readers.
 * When the click's own control went away with it (Mark as sent clears the draft), focus comes
 * here, so the keyboard user is not dropped to the top of the page.
 */
export function StatusMessage({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) focusIfLost(() => ref.current, 0, undefined, true);
  }, [message]);
  if (!message) return null;
  return (
    <p className="status-message" role="status" tabIndex={-1} ref={ref}>
      {message}
    </p>
  );
}
