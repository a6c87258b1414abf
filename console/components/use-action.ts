import { useState } from 'preact/hooks';
import { toApiError, type ApiError } from '../api/api-error.js';

/** Runs a form's request once at a time and keeps its refusal as a value for the screen. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState(false);
  async function run(...args: A): Promise<boolean> {
    if (pending) return false;
    setPending(true);
    setError(undefined);
    setDone(false);
    try {
      await action(...args);
      setDone(true);
      return true;
    } catch (failure) {
      setError(toApiError(failure));
      return false;
    } finally {
      setPending(false);
    }
  }
  /** A form's onSubmit: the page stays, the action runs. */
  function submit(event: Event) {
    event.preventDefault();
    void run(...([] as unknown as A));
  }
  return { run, submit, pending, error, done };
}
