import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { lastValueFrom, toArray } from 'rxjs';
import { DaylioPreviewer, DaylioPreviewMessage } from './daylio-previewer';

const HEADER = 'full_date,date,weekday,time,mood,activities,note_title,note';
const nothing = { checkIns: [], journalEntries: [], tags: [] };
const options = { zone: 'Europe/Dublin', today: '2026-03-12' };

describe('DaylioPreviewer (a real Web Worker)', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  it('previews in a worker, reporting progress before the outcome', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `2026-03-${String((i % 10) + 1).padStart(2, '0')},x,x,21:${String(i % 60).padStart(2, '0')},good,"work","","Note ${i}"`);
    const worker = spyOn(window, 'Worker').and.callThrough();
    const messages = await lastValueFrom(
      TestBed.inject(DaylioPreviewer).preview({ text: `${HEADER}\n${rows.join('\n')}\n`, existing: nothing, options }).pipe(toArray()),
    );
    expect(worker).toHaveBeenCalledTimes(1);
    const progress = messages.filter((m): m is Extract<DaylioPreviewMessage, { kind: 'progress' }> => m.kind === 'progress');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)?.fraction).toBe(1);
    const last = messages.at(-1)!;
    expect(last.kind).toBe('done');
    if (last.kind === 'done' && last.result.ok) {
      expect(last.result.preview.checkIns.map((c) => [c.day, c.mood])).toEqual(
        Array.from({ length: 10 }, (_, i) => [`2026-03-${String(i + 1).padStart(2, '0')}`, 4]),
      );
      expect(last.result.preview.journalEntries.length).toBe(3000);
    } else {
      fail(`expected a preview, got ${JSON.stringify(last)}`);
    }
  });

  it('gives the one message for a file that is not a Daylio export', async () => {
    const messages = await lastValueFrom(TestBed.inject(DaylioPreviewer).preview({ text: 'a,b\n1,2\n', existing: nothing, options }).pipe(toArray()));
    expect(messages.at(-1)).toEqual({ kind: 'done', result: { ok: false, error: jasmine.stringContaining('not a Daylio export') } });
  });

  it('reports a preview that throws as failed', async () => {
    const messages = await lastValueFrom(
      TestBed.inject(DaylioPreviewer).preview({ text: `${HEADER}\n`, existing: nothing, options: { ...options, zone: 'Not/AZone' } }).pipe(toArray()),
    );
    expect(messages).toEqual([{ kind: 'failed', error: '"Not/AZone" is not a known time zone.' }]);
  });
});
