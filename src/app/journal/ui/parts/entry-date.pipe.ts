import { Pipe, PipeTransform } from '@angular/core';
import { DateTime } from 'luxon';

/** 'moment': the time alone when it is today, else with the date too. */
export type EntryDateFormat = 'full' | 'time' | 'short' | 'moment';

const FORMATS: Record<Exclude<EntryDateFormat, 'moment'>, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  time: DateTime.TIME_SIMPLE,
};

/** An entry's instant in the reader's own zone and language, e.g. "Sunday, 8 March 2026 at 14:02". */
@Pipe({ name: 'entryDate' })
export class EntryDatePipe implements PipeTransform {
  transform(iso: string | null, format: EntryDateFormat = 'full'): string {
    if (!iso) return '';
    const date = DateTime.fromISO(iso);
    if (!date.isValid) return iso;
    if (format === 'moment') return date.toLocaleString(date.hasSame(DateTime.now(), 'day') ? FORMATS.time : FORMATS.short);
    return date.toLocaleString(FORMATS[format]);
  }
}
