/**
 * Runs `task` when the browser is idle, or after `timeoutMs` if it never is; Safari has no
 * `requestIdleCallback`, so there it runs in the next task. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task);
  return () => clearTimeout(handle);
}
