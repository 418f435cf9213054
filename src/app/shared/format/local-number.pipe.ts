import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';
import { numberFormat } from './intl-cache';

/**
 * Formats a number with Intl, taking Angular's digits format ("1.0-2": at least one integer
 * digit, 0 to 2 decimals). It replaces DecimalPipe for the same reason LocalDatePipe replaces DatePipe.
 */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: number | null | undefined, digits = '1.0-3'): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    const [, minInt = '1', minFrac = '0', maxFrac = '3'] = /^(\d+)\.(\d+)-(\d+)$/.exec(digits) ?? [];
    return numberFormat(this.locale, {
      minimumIntegerDigits: Number(minInt),
      minimumFractionDigits: Number(minFrac),
      maximumFractionDigits: Number(maxFrac),
    }).format(value);
  }
}
