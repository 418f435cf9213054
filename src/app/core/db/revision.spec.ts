import { Injectable, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, take, timeout } from 'rxjs';
import { StoragePersistence } from '../storage/storage-persistence';
import { changedKeys } from './change-channel';
import { CHANGES_ELSEWHERE } from './database-changes';
import { Repository } from './repository';
import { isRecordChanged, RecordChangedError, revisionToken } from './revision';
import { TendDatabase } from './tend-database';
import { dropTestDatabase, provideTestDatabase } from './testing';

interface Page {
  id: string;
  text: string;
  updatedAt: string;
}

@Injectable({ providedIn: 'root' })
class PageRepository extends Repository<Page, string> {
  protected readonly storeName = 'journal';
  protected keyOf(page: Page): string {
    return page.id;
  }
  protected override revisionOf(page: Page): string {
    return page.updatedAt;
  }
}

const opened: Page = { id: 'p1', text: 'first', updatedAt: '2026-12-07T08:00:00.000Z' };
const theirs: Page = { ...opened, text: 'their edit', updatedAt: '2026-12-07T09:00:00.000Z' };
const mine: Page = { ...opened, text: 'my edit', updatedAt: '2026-12-07T09:30:00.000Z' };

describe('Repository.putUnchanged', () => {
  let pages: PageRepository;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTestDatabase(),
        { provide: StoragePersistence, useValue: jasmine.createSpyObj('StoragePersistence', ['noteRecordSaved', 'noteWriteFailed', 'noteWriteSucceeded']) },
      ],
    });
    pages = TestBed.inject(PageRepository);
  });
  afterEach(() => dropTestDatabase());

  it('writes over the record it opened, and stores its revision beside the value', async () => {
    await pages.put(opened);
    await pages.putUnchanged(mine, opened);
    expect(await pages.get('p1')).toEqual(mine);
    const raw = await (await TestBed.inject(TendDatabase).connection()).get('journal', 'p1');
    expect(raw.rev).toBe(revisionToken(mine.updatedAt));
    expect(JSON.stringify(raw.rev)).not.toContain('2026');
  });

  it('refuses to write over a record another tab changed since it was opened, and writes nothing', async () => {
    await pages.put(opened);
    await pages.put(theirs);
    const error = await pages.putUnchanged(mine, opened).then(() => null, (e: unknown) => e);
    expect(isRecordChanged(error)).toBeTrue();
    expect((error as RecordChangedError).store).toBe('journal');
    expect(String((error as RecordChangedError).key)).toBe('p1');
    expect(await pages.get('p1')).toEqual(theirs);
  });

  it('refuses to create a record that appeared since the editor opened with none', async () => {
    await pages.put(theirs);
    await expectAsync(pages.putUnchanged(mine, null)).toBeRejectedWith(jasmine.any(RecordChangedError));
    expect(await pages.get('p1')).toEqual(theirs);
  });

  it('refuses to bring back a record deleted since it was opened', async () => {
    await expectAsync(pages.putUnchanged(mine, opened)).toBeRejectedWith(jasmine.any(RecordChangedError));
    expect(await pages.get('p1')).toBeUndefined();
  });

  it('aborts every write committed with a check that fails', async () => {
    await pages.put(theirs);
    const database = TestBed.inject(TendDatabase);
    const other = { ...opened, id: 'p2' };
    const commit = database.commit([pages.expectOp('p1', opened), await pages.putOp(other), await pages.putOp(mine)]);
    await expectAsync(commit).toBeRejectedWith(jasmine.any(RecordChangedError));
    expect(await pages.get('p2')).toBeUndefined();
    expect(await pages.get('p1')).toEqual(theirs);
  });

  it('creates a record no one else made', async () => {
    await pages.putUnchanged(mine, null);
    expect(await pages.get('p1')).toEqual(mine);
  });
});

describe('CHANGES_ELSEWHERE', () => {
  const CHANNEL = 'tend:database-changes';
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTestDatabase(),
        { provide: StoragePersistence, useValue: jasmine.createSpyObj('StoragePersistence', ['noteRecordSaved', 'noteWriteFailed', 'noteWriteSucceeded']) },
      ],
    }),
  );
  afterEach(() => dropTestDatabase());

  it("tells another tab the keys a commit wrote, and not the tab that wrote them", async () => {
    const otherTab = new BroadcastChannel(CHANNEL);
    const heard = new Promise<unknown>((resolve) => (otherTab.onmessage = (event) => resolve(event.data)));
    const ownHeard = jasmine.createSpy('own');
    const own = TestBed.inject(CHANGES_ELSEWHERE).subscribe(ownHeard);

    await TestBed.inject(PageRepository).putMany([opened, { ...opened, id: 'p2' }]);

    expect(await heard).toEqual({ journal: ['p1', 'p2'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ownHeard).not.toHaveBeenCalled();
    own.unsubscribe();
    otherTab.close();
  });

  it("passes on what another tab's commit wrote", async () => {
    const heard = firstValueFrom(TestBed.inject(CHANGES_ELSEWHERE).pipe(take(1), timeout(2000)));
    const otherTab = new BroadcastChannel(CHANNEL);
    otherTab.postMessage({ checkins: ['2026-12-07'] });
    const changed: unknown = await heard;
    expect(changed).toEqual({ checkins: ['2026-12-07'] });
    otherTab.close();
  });

  it('names no keys for a store when a commit wrote too many to list', () => {
    const writes = Array.from({ length: 201 }, (_, i) => ({ store: 'checkins', key: `d${i}` }));
    const changed: unknown = changedKeys([...writes, { store: 'tags', key: 't1' }]);
    expect(changed).toEqual({ checkins: null, tags: ['t1'] });
  });
});
