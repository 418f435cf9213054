import { daylioActivities, daylioMood, daylioNoteText, daylioTime } from './daylio-values';

describe('Daylio values', () => {
  const moods: [string, number | null][] = [
    ['rad', 5], ['good', 4], ['meh', 3], ['bad', 2], ['awful', 1],
    ['  Good ', 4], ['RAD', 5], ['sad ', null], ['ok but sleepy', null], ['', null],
  ];
  for (const [name, rating] of moods) {
    it(`maps the mood ${JSON.stringify(name)} to ${rating}`, () => {
      expect(daylioMood(name)).toBe(rating as never);
    });
  }

  // Names a plain object answers from its prototype: a file may use any of them as a mood.
  const objectKeys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
  for (const name of objectKeys) {
    it(`knows no mood called ${JSON.stringify(name)} until the user maps it`, () => {
      expect(daylioMood(name)).toBeNull();
      expect(daylioMood(name, { good: 4 })).toBeNull();
      expect(daylioMood(name, Object.fromEntries([[name, 2 as const]]))).toBe(2);
    });

    it(`leaves the entity &${name}; in a note as written`, () => {
      expect(daylioNoteText(`a &${name}; b`)).toBe(`a &${name}; b`);
    });
  }

  it('maps custom moods the user has mapped, ignoring case and spaces', () => {
    expect(daylioMood(' Ok but  sleepy', { 'ok but sleepy': 3 })).toBe(3);
    expect(daylioMood('good', { Good: 5 })).toBe(5);
  });

  it('splits activities on the pipe and tidies them', () => {
    expect(daylioActivities('clean | music | movies / tv |  bad  sleep | ')).toEqual(['clean', 'music', 'movies / tv', 'bad sleep']);
    expect(daylioActivities('')).toEqual([]);
  });

  const times: [string, number | null][] = [
    ['21:14', 21 * 60 + 14], ['9:14', 9 * 60 + 14], ['09:14:00', 9 * 60 + 14], ['9:14 PM', 21 * 60 + 14],
    ['10:00 pm', 22 * 60], ['12:05 AM', 5], ['12:30 PM', 12 * 60 + 30], ['11:59 p.m.', 23 * 60 + 59],
    ['0:00', 0], ['24:00', null], ['13:00 PM', null], ['9:60', null], ['noon', null], ['', null],
  ];
  for (const [value, minutes] of times) {
    it(`reads the time ${JSON.stringify(value)} as ${minutes} minutes`, () => {
      expect(daylioTime(value)).toBe(minutes);
    });
  }

  it('turns a note with a little HTML into plain text', () => {
    expect(daylioNoteText('Long day<br>Code blue at 3 &amp; then <b>rounds</b>.<br/><ul><li>tea</li><li>sleep</li></ul>'))
      .toBe('Long day\nCode blue at 3 & then rounds.\n\n• tea\n• sleep');
    expect(daylioNoteText('5 &lt; 7 &#8212; &#x1F33F; &unknown;')).toBe('5 < 7 — 🌿 &unknown;');
    expect(daylioNoteText('  plain\r\ntext  ')).toBe('plain\ntext');
  });
});
