import { CheckInDayProblem, checkInDayProblem, EARLIEST_CHECK_IN_DAY } from '../../../check-in/domain/check-in-day-rule';
import { CsvParseResult, parseCsv } from '../../../shared/csv';
import { daylioActivities, daylioNoteText, daylioTime } from './daylio-values';

/** One Daylio entry, read but not yet mapped to Tend. */
export interface DaylioRow {
  /** Record number in the file, counting the header as row 1, as a spreadsheet shows it. */
  row: number;
  day: string;
  /** Minutes after midnight. */
  minutes: number;
  mood: string;
  activities: string[];
  title: string;
  note: string;
}

export interface ImportIssue {
  row: number;
  message: string;
}

export type DaylioFile =
  | { ok: true; rows: DaylioRow[]; issues: ImportIssue[] }
  | { ok: false; error: string };

const REQUIRED_COLUMNS = ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | 'note_title';

export const NOT_DAYLIO_MESSAGE =
  'This file is not a Daylio export. In Daylio, choose More › Export entries › CSV, then import ' +
  'that file; it starts with the columns full_date, date, weekday, time, mood, activities, note_title, note.';

/**
 * The largest file the import reads. Ten years of daily Daylio entries with long notes make a few
 * megabytes, so a bigger file is very likely something else, and would hold the device for long.
 */
export const DAYLIO_MAX_BYTES = 20 * 1024 * 1024;

/** Why a file of `bytes` is not read, or null when its size is fine. */
export function daylioFileSizeProblem(bytes: number): string | null {
  if (bytes <= DAYLIO_MAX_BYTES) return null;
  const size = (bytes / 1024 / 1024).toFixed(1);
  return (
    `This file is ${size} MB. Tend imports Daylio exports of up to 20 MB; ten years of daily entries ` +
    'with long notes take a few MB, so this is probably not a Daylio export. Nothing was imported. ' +
    'In Daylio, choose More › Export entries › CSV and import that file.'
  );
}

/** For a Daylio export cut off inside a quoted field (a note, most often), which opens on `line`. */
export function endsEarlyMessage(line: number): string {
  return (
    `The file ends early, at line ${line}: a note or title that starts there is never closed, so the ` +
    'file was probably cut off while it was copied. Nothing was imported. Export it from Daylio again ' +
    '(More › Export entries › CSV) and import the new file.'
  );
}

/**
 * Recognises a Daylio CSV export by its header (note_title is absent from older exports). A row
 * whose date no check-in can have (the check-in form's rule, with `today` by the importing clock)
 * is skipped with the reason.
 */
export function readDaylioFile(text: string, today: string, onProgress?: (fraction: number) => void): DaylioFile {
  const csv = parseCsv(text, onProgress && ((fraction) => onProgress(0.4 * fraction)));
  if (!csv.ok) {
    const cutOff = csv.endsEarly && hasDaylioHeader(parseCsv(firstLine(text)));
    return { ok: false, error: cutOff ? endsEarlyMessage(csv.line) : NOT_DAYLIO_MESSAGE };
  }
  if (!hasDaylioHeader(csv)) return { ok: false, error: NOT_DAYLIO_MESSAGE };
  const [header, ...records] = csv.rows;
  const position = columnPositions(header);
  const cell = (record: string[], column: Column): string => {
    const i = position.get(column);
    return i === undefined ? '' : (record[i] ?? '');
  };

  const rows: DaylioRow[] = [];
  const issues: ImportIssue[] = [];
  records.forEach((record, index) => {
    if (onProgress && index % 256 === 0) onProgress(0.4 + (0.6 * index) / records.length);
    const row = index + 2;
    if (record.length === 1 && record[0].trim() === '') return;
    if (record.length !== header.length) {
      const message = `Row ${row} has ${record.length} columns instead of ${header.length}`;
      issues.push({ row, message: `${message}, so it was skipped.` });
      return;
    }
    const day = cell(record, 'full_date').trim();
    const time = cell(record, 'time').trim();
    const minutes = daylioTime(time);
    const dayProblem = checkInDayProblem(day, today);
    if (dayProblem !== null) {
      issues.push({ row, message: `Row ${row}: ${dayProblemMessage(day, today, dayProblem)}, so the row was skipped.` });
    } else if (minutes === null) {
      const message = `“${time}” is not a time of day, so the row was skipped.`;
      issues.push({ row, message: `Row ${row} (${day}): ${message}` });
    } else {
      rows.push({
        row,
        day,
        minutes,
        mood: cell(record, 'mood').trim(),
        activities: daylioActivities(cell(record, 'activities')),
        title: daylioNoteText(cell(record, 'note_title')),
        note: daylioNoteText(cell(record, 'note')),
      });
    }
  });
  onProgress?.(1);
  return { ok: true, rows, issues };
}

function dayProblemMessage(day: string, today: string, problem: CheckInDayProblem): string {
  switch (problem) {
    case 'not-a-day':
      return `“${day}” is not a date (expected YYYY-MM-DD)`;
    case 'too-early':
      return `${day} is before ${EARLIEST_CHECK_IN_DAY}, the first day Tend keeps`;
    case 'future':
      return `${day} has not come yet (today is ${today})`;
  }
}

function columnPositions(header: readonly string[]): Map<string, number> {
  return new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
}

function hasDaylioHeader(csv: CsvParseResult): boolean {
  if (!csv.ok || csv.rows.length === 0) return false;
  const position = columnPositions(csv.rows[0]);
  return REQUIRED_COLUMNS.every((column) => position.has(column));
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
}
