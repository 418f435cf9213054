import { Page } from '@playwright/test';
// @ts-expect-error plain ESM shared with the benchmark (scripts/sw-prefetch.mjs)
import { waitForPrefetchCached as wait } from '../../scripts/sw-prefetch.mjs';

/** Waits until every prefetch URL of ngsw.json is in CacheStorage (see scripts/sw-prefetch.mjs). */
export const waitForPrefetchCached: (page: Page, timeoutMs?: number) => Promise<void> = wait;
