// The one hook of the web's forms and buttons that change something: it runs the action once at a
// time (a second click while it runs does nothing), says it is busy, keeps what went wrong for
// <ErrorMessage> and each field's details for <Field error=…>, and forgets the error when run again.
//
//   const save = useAction(async () => { await saveThing(body); onDone(); });
//   <form onSubmit={save.onSubmit}> <ErrorMessage error={save.error} /> <Field error={save.fieldError('name')}>
//   <button disabled={save.busy}>
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { errorsByField } from './format';

export interface Action<A extends unknown[]> {
  /** runs the action; true when it succeeded (false when it failed or another run was under way) */
  run(...args: A): Promise<boolean>;
  /** a form's onSubmit: the page stays, the action runs */
  onSubmit(e: FormEvent): void;
  busy: boolean;
  error: unknown;
  /** the server's details about a field (its path), joined, for <Field error=…> */
  fieldError(path: string): string | undefined;
  /** what the server said about each field */
  fieldErrors: Map<string, string[]>;
  /** forget the error (a form closed, an input changed) */
  reset(): void;
  /** show an error found before asking the server (a file not chosen) */
  fail(error: unknown): void;
}

export function useAction<A extends unknown[]>(act: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const running = useRef(false);
  const mounted = useRef(true);
  // the latest action, so that a page's closure over its current inputs is the one that runs
  const latest = useRef(act);
  latest.current = act;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await latest.current(...args);
      return true;
    } catch (err) {
      if (mounted.current) setError(err);
      return false;
    } finally {
      running.current = false;
      if (mounted.current) setBusy(false);
    }
  }, []);

  const fieldErrors = useMemo(() => (error instanceof ApiError ? errorsByField(error.details) : new Map<string, string[]>()), [error]);
  return {
    run,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void run(...([] as unknown as A));
    },
    busy,
    error,
    fieldError: (path: string) => fieldErrors.get(path)?.join('; '),
    fieldErrors,
    reset: () => setError(undefined),
    fail: (err: unknown) => setError(err),
  };
}
