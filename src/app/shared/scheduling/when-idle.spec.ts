import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  it('runs the task once the browser is idle', async () => {
    const ran = await new Promise<boolean>((resolve) => whenIdle(() => resolve(true), 60_000));
    expect(ran).toBeTrue();
  });

  it('runs nothing once cancelled', async () => {
    let ran = false;
    const cancel = whenIdle(() => (ran = true), 10);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toBeFalse();
  });
});
