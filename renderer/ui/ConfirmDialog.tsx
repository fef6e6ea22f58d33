import { useId, type ReactNode } from 'react';
import { CommandButton } from './CommandButton';
import { useModalDialog } from './use-modal-dialog';

/**
 * A modal question before something that cannot be taken back in one click. The native
 * <dialog> keeps focus inside it and closes on Esc; Cancel has focus first, so Enter alone
 * never confirms.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, title, children, confirmLabel, pendingLabel, pending, error, onConfirm, onCancel } = props;
  const ref = useModalDialog(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      {error ? (
        <p className="banner error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice takes focus when the question opens */}
        <button type="button" className="button" autoFocus disabled={pending} onClick={onCancel}>
          Cancel
        </button>
        <CommandButton className="button primary" pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
          {confirmLabel}
        </CommandButton>
      </div>
    </dialog>
  );
}
