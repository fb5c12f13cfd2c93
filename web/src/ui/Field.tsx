// A labelled form control with an optional hint: the label names the control, the hint describes
// it (aria-describedby) without becoming part of its name.
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
}

export function Field({ label, hint, children }: { label: string; hint?: string; children(control: ControlProps): ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field-block">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(hint && { 'aria-describedby': hintId }) })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
