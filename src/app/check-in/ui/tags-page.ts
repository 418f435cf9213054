import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { iconArchive, iconEdit, iconNewLabel, iconUnarchive } from '../../shared/icon/icons';
import { Tag } from '../domain/check-in';
import { archiveTag, createTag, renameTag, restoreTag } from '../domain/tags';
import { checkInFeature } from '../state/check-in.feature';
import { TagsPageActions } from '../state/tags-page.actions';
import { loadEveryCheckIn } from '../state/load-every-check-in';

type TagsResult = ReturnType<typeof createTag>;

@Component({
  selector: 'tend-tags-page',
  imports: [RouterLink, Icon],
  templateUrl: './tags-page.html',
  styleUrl: './tags-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TagsPage implements OnInit {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

  protected readonly loaded = loadEveryCheckIn();
  protected readonly load = this.store.selectSignal(checkInFeature.selectLoad);
  protected readonly tagSave = this.store.selectSignal(checkInFeature.selectTagSave);
  private readonly allTags = this.store.selectSignal(checkInFeature.selectAllTags);
  protected readonly active = this.store.selectSignal(checkInFeature.selectActiveTags);
  protected readonly archived = this.store.selectSignal(checkInFeature.selectArchivedTags);
  private readonly usage = this.store.selectSignal(checkInFeature.selectTagUsage);
  private readonly uses = computed(() => new Map(this.usage().map((u) => [u.tag.id, u.count])));

  protected readonly newError = signal<string | null>(null);
  /** The tag being renamed, and the problem with the new name if any. */
  protected readonly renaming = signal<string | null>(null);
  protected readonly renameError = signal<string | null>(null);
  /** What the last change was, announced once the database has it. */
  private readonly pendingMessage = signal('');
  protected readonly status = computed(() => (this.tagSave().status === 'success' ? this.pendingMessage() : ''));
  protected readonly icons = { add: iconNewLabel, edit: iconEdit, archive: iconArchive, restore: iconUnarchive };

  protected useCount(id: string): number {
    return this.uses().get(id) ?? 0;
  }

  ngOnInit(): void {
    this.store.dispatch(TagsPageActions.opened());
  }

  protected create(event: Event, field: HTMLInputElement): void {
    event.preventDefault();
    const result = createTag(this.allTags(), field.value, crypto.randomUUID());
    const tag = this.changed(result, this.newError, field);
    if (!tag) return;
    field.value = '';
    this.pendingMessage.set($localize`:@@tags.created:Tag “${tag.name}:name:” added.`);
    this.store.dispatch(TagsPageActions.tagCreated({ tag }));
  }

  protected startRename(tag: Tag): void {
    this.renameError.set(null);
    this.renaming.set(tag.id);
    this.focus(`#rename-${tag.id}`);
  }

  protected cancelRename(tag: Tag): void {
    this.renaming.set(null);
    this.focus(`#rename-button-${tag.id}`);
  }

  protected rename(event: Event, tag: Tag, field: HTMLInputElement): void {
    event.preventDefault();
    const renamed = this.changed(renameTag(this.allTags(), tag.id, field.value), this.renameError, field, tag.id);
    if (!renamed) return;
    this.renaming.set(null);
    this.pendingMessage.set($localize`:@@tags.renamed:“${tag.name}:old:” renamed to “${renamed.name}:new:”.`);
    this.store.dispatch(TagsPageActions.tagRenamed({ tag: renamed }));
    this.focus(`#rename-button-${tag.id}`);
  }

  protected archive(tag: Tag): void {
    const archived = this.changed(archiveTag(this.allTags(), tag.id), this.newError, null, tag.id);
    if (!archived) return;
    this.pendingMessage.set($localize`:@@tags.archived:“${tag.name}:name:” archived. Past check-ins keep it.`);
    this.store.dispatch(TagsPageActions.tagArchived({ tag: archived }));
    this.focus('#tags-heading');
  }

  protected restore(tag: Tag): void {
    const restored = this.changed(restoreTag(this.allTags(), tag.id), this.newError, null, tag.id);
    if (!restored) return;
    this.pendingMessage.set($localize`:@@tags.restored:“${tag.name}:name:” restored.`);
    this.store.dispatch(TagsPageActions.tagRestored({ tag: restored }));
    this.focus('#tags-heading');
  }

  /** The changed tag from a rule's result, or null with its problem shown next to the field. */
  private changed(result: TagsResult, error: typeof this.newError, field: HTMLInputElement | null, id?: string): Tag | null {
    if (!result.ok) {
      error.set(result.issues[0].message);
      field?.focus();
      return null;
    }
    error.set(null);
    return id ? result.value.find((tag) => tag.id === id)! : result.value[result.value.length - 1];
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
