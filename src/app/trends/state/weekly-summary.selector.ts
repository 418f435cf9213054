import { createSelector } from '@ngrx/store';
import { selectAllCheckIns, selectCheckInToday, selectRecentCheckInsLoaded } from '../../check-in';
import { indexCheckIns } from '../domain/check-in-index';
import { weeklySummary } from '../domain/weekly-summary';

// Apart from the trends slice, which Today does not register: the weekly summary reads the
// check-ins only, so Today loads this file and not the charts' views and statistics.

/** Built once per change of the check-ins, so a range switch only walks the range's days. */
export const selectCheckInIndex = createSelector(selectAllCheckIns, indexCheckIns);

/**
 * This week's mood against the previous four weeks, in words, for Today; null until loaded. The
 * recent weeks read first (`FIRST_READ_DAYS`) cover those five weeks.
 */
export const selectWeeklySummary = createSelector(selectCheckInIndex, selectCheckInToday, selectRecentCheckInsLoaded, (index, today, loaded) =>
  loaded && today ? weeklySummary(index, 'mood', today) : null,
);
