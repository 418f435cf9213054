import { CheckIn, Rating, Tag, isValidZone } from '../../../check-in/domain';
import { emptyJournalDraft } from '../journal-draft';
import { JournalEntry } from '../journal-entry';
import { createJournalEntry } from '../journal-entry-rules';
import { DaylioRow, ImportIssue, readDaylioFile } from './daylio-file';
import { DaylioTagResolver } from './daylio-tags';
import { daylioMood, moodKey } from './daylio-values';
import { compareCodeUnits } from '../../../shared/compare';
import { instantOfWallClock } from '../../../shared/time/zoned-time';

export interface DaylioExisting {
  checkIns: readonly Pick<CheckIn, 'day'>[];
  journalEntries: readonly Pick<JournalEntry, 'createdAt' | 'text'>[];
  tags: readonly Tag[];
}

export interface DaylioImportOptions {
  /** The zone Daylio's local dates and times are read in, and stored on each check-in. */
  zone: string;
  /** The day now (YYYY-MM-DD) by the importing device's clock: rows after it are skipped. */
  today: string;
  /** The user's choices for custom Daylio moods, by name. */
  customMoods?: Readonly<Record<string, Rating>>;
  newId?: () => string;
  /** Hears how far the preview has got, from 0 to 1, about every 1 %. */
  onProgress?: (fraction: number) => void;
}

/** Everything an import would add, computed without changing anything. */
export interface DaylioImportPreview {
  checkIns: CheckIn[];
  journalEntries: JournalEntry[];
  newTags: Tag[];
  /** Days that already have a check-in in Tend, which is kept. */
  duplicateDays: string[];
  /** Notes already in the journal (same time, same text), or repeated in the file. */
  duplicateEntries: number;
  /** Custom mood names found, as written, so the user can map them and preview again. */
  unknownMoods: string[];
  issues: ImportIssue[];
}

export type DaylioImportResult = { ok: true; preview: DaylioImportPreview } | { ok: false; error: string };

const NOT_RECORDED_BY_DAYLIO = {
  energy: null,
  stress: null,
  sleepHours: null,
  sleepQuality: null,
  hoursWorked: null,
  shift: null,
} as const;

interface MappedRow extends DaylioRow {
  rating: Rating;
  instant: string;
}

/**
 * Maps a Daylio CSV export onto Tend. Rules: each Daylio row keeps the date Daylio gave it; a day
 * with several rows becomes one check-in whose mood is the latest row's and whose tags are all
 * the day's activities; each row with a title or note becomes its own journal entry.
 */
export function previewDaylioImport(
  text: string,
  existing: DaylioExisting,
  options: DaylioImportOptions,
): DaylioImportResult {
  if (!isValidZone(options.zone)) throw new RangeError(`"${options.zone}" is not a known time zone.`);
  // Reading the file takes about the first half of the time, making the records the rest.
  const report = everyPercent(options.onProgress);
  const file = readDaylioFile(text, options.today, (fraction) => report(0.5 * fraction));
  if (!file.ok) return file;

  const newId = options.newId ?? (() => crypto.randomUUID());
  const issues = [...file.issues];
  const unknownMoods = new Map<string, string>();
  const mapped: MappedRow[] = [];
  file.rows.forEach((row, i) => {
    if (i % 256 === 0) report(0.5 + (0.2 * i) / file.rows.length);
    const rating = daylioMood(row.mood, options.customMoods);
    if (rating === null) {
      const key = moodKey(row.mood);
      if (key !== '' && !unknownMoods.has(key)) unknownMoods.set(key, row.mood);
      issues.push({ row: row.row, message: unknownMoodMessage(row) });
    } else {
      mapped.push({ ...row, rating, instant: instantOf(row, options.zone) });
    }
  });

  const tags = new DaylioTagResolver(existing.tags, newId, issues);
  const takenDays = new Set(existing.checkIns.map((c) => c.day));
  const seenNotes = new Set(existing.journalEntries.map((e) => noteKey(e.createdAt, e.text)));
  const preview: DaylioImportPreview = {
    checkIns: [], journalEntries: [], newTags: tags.created, duplicateDays: [], duplicateEntries: 0,
    unknownMoods: [...unknownMoods.values()], issues,
  };

  const days = byDay(mapped);
  let done = 0;
  for (const [day, rows] of days) {
    if (done++ % 128 === 0) report(0.7 + (0.3 * done) / days.size);
    if (takenDays.has(day)) {
      preview.duplicateDays.push(day);
    } else {
      const last = rows[rows.length - 1];
      preview.checkIns.push({
        day,
        zone: options.zone,
        mood: last.rating,
        ...NOT_RECORDED_BY_DAYLIO,
        tagIds: [...new Set(rows.flatMap((r) => tags.idsFor(r)))],
        note: '',
        createdAt: last.instant,
        updatedAt: last.instant,
      });
    }
    for (const row of rows) {
      const noteText = [row.title, row.note].filter((part) => part !== '').join('\n\n');
      if (noteText === '') continue;
      const key = noteKey(row.instant, noteText);
      if (seenNotes.has(key)) {
        preview.duplicateEntries++;
        continue;
      }
      seenNotes.add(key);
      const draft = { ...emptyJournalDraft(), text: noteText, mood: row.rating, tagIds: tags.idsFor(row) };
      const entry = createJournalEntry(draft, { id: newId(), now: new Date(row.instant) });
      if (entry.ok) preview.journalEntries.push(entry.value);
      else issues.push({ row: row.row, message: `Row ${row.row} (${row.day}): ${entry.issues[0].message}` });
    }
  }
  issues.sort((a, b) => a.row - b.row);
  report(1);
  return { ok: true, preview };
}

/** Passes progress on only when it has grown by a percent or more, and always the end. */
function everyPercent(listener: ((fraction: number) => void) | undefined): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (listener && fraction > last && (fraction - last >= 0.01 || fraction === 1)) {
      last = fraction;
      listener(fraction);
    }
  };
}

function byDay(rows: readonly MappedRow[]): Map<string, MappedRow[]> {
  // Daylio lists the newest entry first, so at equal times the row nearer the top is the later one.
  const sorted = [...rows].sort(
    (a, b) => compareCodeUnits(a.day, b.day) || a.minutes - b.minutes || b.row - a.row,
  );
  const days = new Map<string, MappedRow[]>();
  for (const row of sorted) days.set(row.day, [...(days.get(row.day) ?? []), row]);
  return days;
}

function instantOf(row: DaylioRow, zone: string): string {
  // Wall-clock time, so that 21:30 stays 21:30 on a day when the clocks change.
  const [year, month, day] = row.day.split('-').map(Number);
  const wall = { year, month, day, hour: Math.floor(row.minutes / 60), minute: row.minutes % 60, second: 0, millisecond: 0 };
  return new Date(instantOfWallClock(wall, zone)).toISOString();
}

function noteKey(createdAt: string, text: string): string {
  return `${new Date(createdAt).toISOString()}|${text.trim()}`;
}

function unknownMoodMessage(row: DaylioRow): string {
  const where = `Row ${row.row} (${row.day})`;
  return row.mood === ''
    ? `${where} has no mood, so it was skipped.`
    : `${where}: “${row.mood}” is not one of Daylio's default moods (rad, good, meh, bad, awful). ` +
        'Choose a Tend mood for it to import this row.';
}
