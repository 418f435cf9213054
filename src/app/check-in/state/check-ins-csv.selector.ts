import { createSelector } from '@ngrx/store';
import { checkInsToCsv } from '../domain/check-in-csv';
import { checkInFeature } from './check-in.feature';

/**
 * Every check-in as CSV, with tag names, for the history page's export. Kept out of the feature, whose
 * code Today loads, so that the CSV writer loads with the history page only.
 */
export const selectCheckInsCsv = createSelector(checkInFeature.selectAllCheckIns, checkInFeature.selectAllTags, checkInsToCsv);
