import { isCalendarDay } from '../../shared/time/calendar-day';
import { escapeIcsText, icsDocument, icsUtcDateTime } from './ics';

export interface DailyReminderOptions {
  /** Local time of the reminder, HH:mm (24-hour). */
  time: string;
  /** The first day it fires, YYYY-MM-DD. */
  firstDay: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  summary?: string;
  description?: string;
  /** Keep the default so that importing a changed reminder replaces the old one. */
  uid?: string;
}

export const DAILY_REMINDER_UID = 'daily-check-in-reminder@tend.invalid';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A calendar file with one daily event and an alarm at the event time.
 *
 * The time is floating (no TZID): a reminder set for 20:00 rings at 20:00 wherever the clinician
 * is, like the shift-aware day itself, and stays at 20:00 across DST changes. The default wording
 * does not name a health app, since the user's calendar may be seen by others or synced.
 */
export function dailyReminderIcs({
  time,
  firstDay,
  now,
  summary = 'Tend check-in',
  description = 'A moment to check in with yourself, whenever it suits you.',
  uid = DAILY_REMINDER_UID,
}: DailyReminderOptions): string {
  const match = TIME_PATTERN.exec(time);
  if (!match) {
    throw new RangeError(`"${time}" is not a time of day (expected HH:mm, 00:00–23:59).`);
  }
  if (!isCalendarDay(firstDay)) {
    throw new RangeError(`"${firstDay}" is not a calendar day (expected YYYY-MM-DD).`);
  }
  const start = `${firstDay.replace(/-/g, '')}T${match[1]}${match[2]}00`;
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tend//Daily check-in reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${icsUtcDateTime(now)}`,
    `DTSTART:${start}`,
    'DURATION:PT5M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0S',
    `DESCRIPTION:${escapeIcsText(summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
