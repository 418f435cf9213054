import { yieldToBrowser } from './yield-to-browser';

describe('yieldToBrowser', () => {
  it('resolves in a later task, after the microtasks queued behind it', async () => {
    const order: string[] = [];
    const yielded = yieldToBrowser().then(() => order.push('yielded'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'yielded']);
  });

  it('falls back to a timeout where the browser has no scheduler.yield()', async () => {
    const global = globalThis as { scheduler?: unknown };
    const scheduler = global.scheduler;
    global.scheduler = undefined;
    try {
      const timeout = spyOn(globalThis, 'setTimeout').and.callThrough();
      await yieldToBrowser();
      expect(timeout).toHaveBeenCalledTimes(1);
    } finally {
      global.scheduler = scheduler;
    }
  });
});
