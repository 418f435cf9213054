/**
 * Resolves once the browser has drawn the next frame: work started then does not delay what the
 * page is about to show. A hidden tab draws no frames, so `fallbackMs` later it resolves anyway.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
