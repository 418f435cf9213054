import { CheckIn, Tag } from './check-in';
import { toCsv } from '../../shared/csv';
import { compareCodeUnits } from '../../shared/compare';

export const CHECK_IN_CSV_HEADER = [
  'day', 'zone', 'mood', 'energy', 'stress', 'sleep_hours', 'sleep_quality',
  'hours_worked', 'shift', 'tags', 'note', 'created_at', 'updated_at',
] as const;

/** Several tags share one cell, separated like this. */
export const TAG_SEPARATOR = '; ';

/** One row per check-in, oldest day first; values not recorded are left empty. */
export function checkInsToCsv(checkIns: readonly CheckIn[], tags: readonly Tag[]): string {
  const names = tagNames(tags);
  const rows = [...checkIns]
    .sort((a, b) => compareCodeUnits(a.day, b.day))
    .map((c) => [
      c.day, c.zone, cell(c.mood), cell(c.energy), cell(c.stress), cell(c.sleepHours),
      cell(c.sleepQuality), cell(c.hoursWorked), c.shift ?? '', names(c.tagIds), c.note,
      c.createdAt, c.updatedAt,
    ]);
  return toCsv([CHECK_IN_CSV_HEADER, ...rows]);
}

/** Turns tag ids into the cell of names an export shows; ids of deleted tags are left out. */
export function tagNames(tags: readonly Tag[]): (ids: readonly string[]) => string {
  const byId = new Map(tags.map((tag) => [tag.id, tag.name]));
  return (ids) =>
    ids
      .map((id) => byId.get(id))
      .filter((name): name is string => name !== undefined)
      .join(TAG_SEPARATOR);
}

function cell(value: number | null): number | '' {
  return value ?? '';
}
