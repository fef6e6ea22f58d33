import { chordLabel, GLOBAL_SHORTCUTS, ROW_SHORTCUTS } from '../../shared/keyboard/shortcuts';
import { useModalDialog } from '../ui/use-modal-dialog';
import { PLATFORM } from './platform';

/** The ? overlay: every shortcut, as this platform writes it. Esc or Close puts it away. */
export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);

  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <h3>Anywhere in the window</h3>
      <ShortcutTable
        rows={GLOBAL_SHORTCUTS.map((s) => ({ label: s.label, keys: s.chords.map((chord) => chordLabel(chord, PLATFORM)), joiner: 'or' }))}
      />
      <h3>On Today and the request list</h3>
      <ShortcutTable rows={ROW_SHORTCUTS.map((s) => ({ label: s.label, keys: s.keys, joiner: null }))} />
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

/** Alternatives read "Esc or Ctrl+[" (joiner 'or'); keys pressed as a pair (↑ ↓) sit side by side. */
function ShortcutTable({ rows }: { rows: { label: string; keys: readonly string[]; joiner: 'or' | null }[] }) {
  return (
    <table className="shortcut-table">
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              {row.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && (row.joiner ? <span className="muted"> {row.joiner} </span> : ' ')}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
