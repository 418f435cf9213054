import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';
import { dateTimeFormat } from '../../../shared/format/intl-cache';

/** 'moment': the time alone when it is today, else with the date too. */
export type EntryDateFormat = 'full' | 'time' | 'short' | 'moment';

const FORMATS: Record<Exclude<EntryDateFormat, 'moment'>, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  time: { hour: 'numeric', minute: '2-digit' },
};

/** An entry's instant in the reader's own zone and language, e.g. "Sunday, March 8, 2026 at 2:02 PM". */
@Pipe({ name: 'entryDate' })
export class EntryDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(iso: string | null, format: EntryDateFormat = 'full'): string {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const chosen = format === 'moment' ? (isToday(date) ? 'time' : 'short') : format;
    return dateTimeFormat(this.locale, FORMATS[chosen]).format(date);
  }
}

function isToday(date: Date): boolean {
  return date.toDateString() === new Date().toDateString();
}
