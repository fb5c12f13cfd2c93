// A labelled form control with an optional hint and error: the label names the control, the hint
// and the error describe it (aria-describedby) without becoming part of its name; an error also
// marks the control invalid.
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children(control: ControlProps): ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field-block field-invalid' : 'field-block'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(describedBy && { 'aria-describedby': describedBy }), ...(error && { 'aria-invalid': true as const }) })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} className="field-error" lang="en" data-testid="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
