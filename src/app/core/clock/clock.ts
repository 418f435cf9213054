import { Injectable } from '@angular/core';
import { DateTime } from 'luxon';

/** The one source of "now" and the user's zone, so that specs can pin time. */
@Injectable({ providedIn: 'root' })
export class Clock {
  now(): DateTime {
    return DateTime.now();
  }

  zone(): string {
    return DateTime.local().zoneName ?? 'UTC';
  }
}
