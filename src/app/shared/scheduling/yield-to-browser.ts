interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so that the browser can handle input and paint in between: ahead of
 * other waiting tasks where the browser supports `scheduler.yield()`, else after them.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
