import { Rating } from '../../../check-in/domain';

/**
 * Daylio's five default moods, best first, on Tend's 1–5 scale. Names come from the file, so
 * look-ups by name go through a Map: a plain object would answer "constructor" from its prototype.
 */
export const DAYLIO_MOODS: ReadonlyMap<string, Rating> = new Map([['rad', 5], ['good', 4], ['meh', 3], ['bad', 2], ['awful', 1]]);

/** Daylio separates activities with " | " in one cell. */
const ACTIVITY_SEPARATOR = '|';

export function moodKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The Tend rating for a Daylio mood name; custom names map only if the user has mapped them. */
export function daylioMood(name: string, custom: Readonly<Record<string, Rating>> = {}): Rating | null {
  const key = moodKey(name);
  const mapped = Object.entries(custom).find(([customName]) => moodKey(customName) === key);
  return mapped ? mapped[1] : (DAYLIO_MOODS.get(key) ?? null);
}

export function daylioActivities(cell: string): string[] {
  return cell
    .split(ACTIVITY_SEPARATOR)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
}

/** Minutes after midnight for "21:14", "9:14", "09:14:00", "9:14 PM" or "9:14 p.m."; else null. */
export function daylioTime(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(value.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return hour * 60 + minute;
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '],
]);

/**
 * Daylio notes may carry a little HTML (<br>, <b>, <li>); Tend keeps text only. Line-level tags
 * become line breaks, list items get a bullet, other tags go, and entities are decoded.
 */
export function daylioNoteText(note: string): string {
  return note
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<\/(p|div|ul|ol|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES.get(name.toLowerCase());
}
