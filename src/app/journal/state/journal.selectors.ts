import { createSelector } from '@ngrx/store';
import { addDays, checkInDayFor, checkInFeature } from '../../check-in';
import { settingsFeature } from '../../settings';
import { toEntryCard } from './journal-entry-card';
import { journalFeature } from './journal.feature';

/**
 * One entry as its page shows it, or null once loaded and not found. The id comes from the
 * address, so only the entities' own keys count (never `__proto__` or `constructor`).
 */
export const selectEntryCard = (id: string) =>
  createSelector(journalFeature.selectEntryEntities, checkInFeature.selectTagEntities, (entries, tags) => {
    const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
    return entry ? toEntryCard(entry, tags) : null;
  });

/**
 * Entries written in the seven days ending `today` (YYYY-MM-DD), counting days as Tend does:
 * in `zone`, with the day starting at the hour chosen in Settings.
 */
export const selectEntryCountThisWeek = (today: string, zone: string) =>
  createSelector(journalFeature.selectAllEntries, settingsFeature.selectDayStartHour, (entries, dayStartHour) => {
    const first = addDays(today, -6);
    return entries.filter((entry) => {
      const day = checkInDayFor(entry.createdAt, zone, dayStartHour);
      return day >= first && day <= today;
    }).length;
  });
