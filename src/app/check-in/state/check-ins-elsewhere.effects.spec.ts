import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { ChangedKeys, CHANGES_ELSEWHERE } from '../../core/db/database-changes';
import { CheckInRepository } from '../data/check-in-repository';
import { TagRepository } from '../data/tag-repository';
import { checkInStateWith, rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { CheckInsDbActions } from './check-ins-db.actions';
import { CheckInsElsewhereEffects } from './check-ins-elsewhere.effects';

describe('CheckInsElsewhereEffects', () => {
  let elsewhere: Subject<ChangedKeys>;
  let checkIns: jasmine.SpyObj<CheckInRepository>;
  let tags: jasmine.SpyObj<TagRepository>;
  const great = sampleCheckIn('2026-11-28', { mood: 5 });
  const icu = { id: 't1', name: 'ICU', archived: false };

  beforeEach(() => {
    elsewhere = new Subject();
    checkIns = jasmine.createSpyObj<CheckInRepository>('CheckInRepository', ['get']);
    tags = jasmine.createSpyObj<TagRepository>('TagRepository', ['get']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        CheckInsElsewhereEffects,
        provideMockStore({ initialState: rootStateWith({ checkIns: [sampleCheckIn('2026-11-28', { mood: 2 })] }) }),
        { provide: CHANGES_ELSEWHERE, useValue: elsewhere },
        { provide: CheckInRepository, useValue: checkIns },
        { provide: TagRepository, useValue: tags },
      ],
    });
  });

  it('rereads the check-ins and tags another tab wrote, and tells which it deleted', async () => {
    checkIns.get.and.callFake(async (day) => (day === '2026-11-28' ? great : undefined));
    tags.get.and.resolveTo(icu);
    const result = firstValueFrom(TestBed.inject(CheckInsElsewhereEffects).changedElsewhere$);
    elsewhere.next({ checkins: ['2026-11-28', '2026-11-27'], tags: ['t1'] });
    expect(await result).toEqual(CheckInsDbActions.changedElsewhere({ checkIns: [great], removedDays: ['2026-11-27'], tags: [icu] }));
  });

  it("ignores other stores' writes", async () => {
    const results: unknown[] = [];
    const subscription = TestBed.inject(CheckInsElsewhereEffects).changedElsewhere$.subscribe((action) => results.push(action));
    elsewhere.next({ journal: ['e1'], drafts: ['journal:new'] });
    await new Promise((resolve) => setTimeout(resolve));
    expect(results).toEqual([]);
    expect(checkIns.get).not.toHaveBeenCalled();
    subscription.unsubscribe();
  });

  it('reads everything again after a write too large to list', async () => {
    const result = firstValueFrom(TestBed.inject(CheckInsElsewhereEffects).changedElsewhere$);
    elsewhere.next({ checkins: null, tags: ['t1'] });
    expect(await result).toEqual(CheckInsDbActions.loadRequested());
  });

  it('waits for the first read, which would otherwise replace what it rereads', async () => {
    const store = TestBed.inject(MockStore);
    store.setState({ ...rootStateWith(), checkIn: checkInStateWith({ loaded: false }) });
    checkIns.get.and.resolveTo(great);
    const result = firstValueFrom(TestBed.inject(CheckInsElsewhereEffects).changedElsewhere$);
    elsewhere.next({ checkins: ['2026-11-28'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkIns.get).not.toHaveBeenCalled();
    store.setState(rootStateWith());
    expect(await result).toEqual(CheckInsDbActions.changedElsewhere({ checkIns: [great], removedDays: [], tags: [] }));
  });
});
