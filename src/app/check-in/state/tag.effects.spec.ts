import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { firstValueFrom, Subject } from 'rxjs';
import { TagRepository } from '../data/tag-repository';
import { TagEffects } from './tag.effects';
import { TagRequestsActions } from './tag-requests.actions';
import { TagsDbActions } from './tags-db.actions';
import { TagsPageActions } from './tags-page.actions';

describe('TagEffects', () => {
  let actions$: Subject<Action>;
  let tags: jasmine.SpyObj<TagRepository>;
  const icu = { id: 't1', name: 'ICU', archived: false };

  beforeEach(() => {
    actions$ = new Subject();
    tags = jasmine.createSpyObj<TagRepository>('TagRepository', ['put']);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), TagEffects, provideMockActions(() => actions$), { provide: TagRepository, useValue: tags }],
    });
  });

  for (const [name, action] of [
    ['created', TagsPageActions.tagCreated({ tag: icu })],
    ['renamed', TagsPageActions.tagRenamed({ tag: { ...icu, name: 'MICU' } })],
    ['archived', TagsPageActions.tagArchived({ tag: { ...icu, archived: true } })],
    ['restored', TagsPageActions.tagRestored({ tag: icu })],
    ['new, from another feature,', TagRequestsActions.tagCreateRequested({ tag: icu })],
  ] as const) {
    it(`stores a ${name} tag`, async () => {
      tags.put.and.callFake(async (tag) => tag);
      const result = firstValueFrom(TestBed.inject(TagEffects).save$);
      actions$.next(action);
      expect(await result).toEqual(TagsDbActions.saveSucceeded({ tag: action.tag }));
      expect(tags.put).toHaveBeenCalledOnceWith(action.tag);
    });
  }

  it('reports a failed write', async () => {
    tags.put.and.rejectWith(new Error('QuotaExceededError'));
    const result = firstValueFrom(TestBed.inject(TagEffects).save$);
    actions$.next(TagsPageActions.tagCreated({ tag: icu }));
    expect(await result).toEqual(TagsDbActions.saveFailed({ tagId: 't1', error: 'QuotaExceededError' }));
  });
});
