import { useEffect, useRef } from 'react';
import { chordLabel, GLOBAL_SHORTCUTS, ROW_SHORTCUTS } from '../../shared/keyboard/shortcuts';
import { PLATFORM } from './platform';

/** The ? overlay: every shortcut, as this platform writes it. Esc or Close puts it away. */
export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <h3>Anywhere in the window</h3>
      <table className="shortcut-table">
        <tbody>
          {GLOBAL_SHORTCUTS.map((s) => (
            <tr key={s.command}>
              <th scope="row">{s.label}</th>
              <td>
                {s.chords.map((chord, i) => (
                  <span key={chordLabel(chord, PLATFORM)}>
                    {i > 0 && <span className="muted"> or </span>}
                    <kbd>{chordLabel(chord, PLATFORM)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>On Today and the request list</h3>
      <table className="shortcut-table">
        <tbody>
          {ROW_SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <th scope="row">{s.label}</th>
              <td>
                {s.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Letters and Esc work when you are not typing in a field.</p>
      <div className="actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the list opens with its one control focused, so Enter closes it */}
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
