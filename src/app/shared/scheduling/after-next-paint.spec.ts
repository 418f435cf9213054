import { afterNextPaint } from './after-next-paint';

describe('afterNextPaint', () => {
  it('resolves after the next frame, without waiting for its fallback', async () => {
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    // A fallback longer than Jasmine's timeout: only the frame can end this wait.
    await afterNextPaint(60_000);
    expect(framed).toBeTrue();
  });

  it('resolves after its fallback where no frame is drawn, as in a hidden tab', async () => {
    spyOn(window, 'requestAnimationFrame').and.returnValue(0);
    const started = performance.now();
    await afterNextPaint(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });
});
