import ICAL from 'ical.js';

import { DAILY_REMINDER_UID, dailyReminderIcs } from './daily-reminder-ics';

function parseEvent(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
}

describe('dailyReminderIcs', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const ics = dailyReminderIcs({ time: '20:15', firstDay: '2026-03-06', now });

  it('is made of CRLF-terminated lines of at most 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBeTrue();
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('repeats daily at the same floating local time, across a DST change', () => {
    const event = parseEvent(ics);
    const iterator = event.iterator();
    const occurrences: string[] = [];
    for (let i = 0; i < 5; i++) {
      const next = iterator.next();
      if (!next) break;
      expect(next.zone?.tzid).toBe('floating');
      occurrences.push(next.toString());
    }
    // New York and Madrid both move their clocks in this span; a floating time does not move.
    expect(occurrences).toEqual([
      '2026-03-06T20:15:00',
      '2026-03-07T20:15:00',
      '2026-03-08T20:15:00',
      '2026-03-09T20:15:00',
      '2026-03-10T20:15:00',
    ]);
    expect(event.isRecurring()).toBeTrue();
  });

  it('carries a stable UID, a UTC DTSTAMP, a summary and a display alarm at the event time', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent');
    const alarm = vevent?.getFirstSubcomponent('valarm');
    const stamp = vevent?.getFirstPropertyValue('dtstamp') as ICAL.Time;
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vevent?.getFirstPropertyValue('uid')).toBe(DAILY_REMINDER_UID);
    expect(stamp.toJSDate().toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Tend check-in');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(trigger.toSeconds()).toBe(0);
    expect(alarm?.getFirstPropertyValue('description')).toBe('Tend check-in');
  });

  it('round-trips text that needs escaping and folding', () => {
    const description = 'Breathe; stretch, drink water.\nThen: "how am I, really?" — ¿cómo estás? 🌿 '.repeat(4);
    const event = parseEvent(dailyReminderIcs({ time: '07:00', firstDay: '2026-11-01', now, description, summary: 'A, B; C\\D' }));
    expect(event.description).toBe(description);
    expect(event.summary).toBe('A, B; C\\D');
    expect(event.startDate.toString()).toBe('2026-11-01T07:00:00');
  });

  it('refuses a time or day it cannot write', () => {
    expect(() => dailyReminderIcs({ time: '24:00', firstDay: '2026-03-06', now })).toThrowError(RangeError, /HH:mm/);
    expect(() => dailyReminderIcs({ time: '7:00', firstDay: '2026-03-06', now })).toThrowError(RangeError);
    expect(() => dailyReminderIcs({ time: '07:00', firstDay: '06/03/2026', now })).toThrowError(RangeError, /calendar day/);
  });
});
