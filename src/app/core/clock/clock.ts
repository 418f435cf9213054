import { Injectable } from '@angular/core';
import { deviceZone, isoDayOf, wallClockAt } from '../../shared/time/zoned-time';

/** The one source of "now" and the user's zone, so that specs can pin time. */
@Injectable({ providedIn: 'root' })
export class Clock {
  now(): Date {
    return new Date();
  }

  zone(): string {
    return deviceZone();
  }

  /** The calendar day (YYYY-MM-DD) it is now in the user's zone, midnight to midnight. */
  today(): string {
    return isoDayOf(wallClockAt(this.now().getTime(), this.zone()));
  }
}
