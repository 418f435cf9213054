import { DateTime } from 'luxon';

import { CheckIn, Rating, Tag, isValidZone } from '../../../check-in/domain';
import { emptyJournalDraft } from '../journal-draft';
import { JournalEntry } from '../journal-entry';
import { createJournalEntry } from '../journal-entry-rules';
import { DaylioRow, ImportIssue, readDaylioFile } from './daylio-file';
import { DaylioTagResolver } from './daylio-tags';
import { daylioMood, moodKey } from './daylio-values';
import { compareCodeUnits } from '../../../shared/compare';

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
  const file = readDaylioFile(text, options.today);
  if (!file.ok) return file;

  const newId = options.newId ?? (() => crypto.randomUUID());
  const issues = [...file.issues];
  const unknownMoods = new Map<string, string>();
  const mapped: MappedRow[] = [];
  for (const row of file.rows) {
    const rating = daylioMood(row.mood, options.customMoods);
    if (rating === null) {
      const key = moodKey(row.mood);
      if (key !== '' && !unknownMoods.has(key)) unknownMoods.set(key, row.mood);
      issues.push({ row: row.row, message: unknownMoodMessage(row) });
    } else {
      mapped.push({ ...row, rating, instant: instantOf(row, options.zone) });
    }
  }

  const tags = new DaylioTagResolver(existing.tags, newId, issues);
  const takenDays = new Set(existing.checkIns.map((c) => c.day));
  const seenNotes = new Set(existing.journalEntries.map((e) => noteKey(e.createdAt, e.text)));
  const preview: DaylioImportPreview = {
    checkIns: [], journalEntries: [], newTags: tags.created, duplicateDays: [], duplicateEntries: 0,
    unknownMoods: [...unknownMoods.values()], issues,
  };

  for (const [day, rows] of byDay(mapped)) {
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
  return { ok: true, preview };
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
  const hour = Math.floor(row.minutes / 60);
  const local = DateTime.fromISO(row.day, { zone }).set({ hour, minute: row.minutes % 60 });
  return local.toUTC().toISO() as string;
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
