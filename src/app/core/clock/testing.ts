import { Clock } from './clock';

/** For specs: a Clock stopped at `instant` (ISO with offset) in `zone`. */
export function fixedClock(instant: string, zone: string): Clock {
  const clock = new Clock();
  clock.now = () => new Date(instant);
  clock.zone = () => zone;
  return clock;
}
