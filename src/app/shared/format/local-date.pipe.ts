import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';
import { dateTimeFormat } from './intl-cache';

export type LocalDateFormat = 'mediumDate' | 'longDate' | 'shortTime';

const OPTIONS: Record<LocalDateFormat, Intl.DateTimeFormatOptions> = {
  mediumDate: { year: 'numeric', month: 'short', day: 'numeric' },
  longDate: { year: 'numeric', month: 'long', day: 'numeric' },
  shortTime: { hour: 'numeric', minute: '2-digit' },
};

/**
 * Formats an ISO timestamp or a local day (YYYY-MM-DD, read as that calendar day, never shifted
 * by the zone) with the browser's Intl. It replaces Angular's DatePipe, whose locale-data code
 * would otherwise travel in the first screen's bundle.
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: string | null | undefined, format: LocalDateFormat = 'mediumDate'): string {
    if (!value) return '';
    const date = parseLocal(value);
    return Number.isNaN(date.getTime()) ? value : dateTimeFormat(this.locale, OPTIONS[format]).format(date);
  }
}

function parseLocal(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}
