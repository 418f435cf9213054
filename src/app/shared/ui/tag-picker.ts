import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { Icon } from '../icon/icon';
import { iconCheck, iconNewLabel } from '../icon/icons';

/** What the picker needs of a tag. */
export interface PickableTag {
  id: string;
  name: string;
  archived: boolean;
}

/** The page's answer to a typed name: the tag made from it, or why the name cannot be used. */
export type TagCreation<T> = { tag: T } | { problem: string };

let nextId = 0;

/**
 * Tick the tags something carries, or name a new one. Archived tags are not offered unless already
 * ticked, so they can still be taken off. The page owns the naming rules: it passes `create`,
 * which makes the tag or says why not, and stores and ticks what `created` emits.
 */
@Component({
  selector: 'tend-tag-picker',
  imports: [Icon],
  templateUrl: './tag-picker.html',
  styleUrl: './tag-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagPicker<T extends PickableTag> {
  readonly legend = input.required<string>();
  /** Every tag that could be offered, in the order to show them. */
  readonly tags = input.required<readonly T[]>();
  readonly selected = input.required<readonly string[]>();
  /** Offer archived tags too (a search filter: past entries still carry them). */
  readonly offerArchived = input(false);
  /** Makes a tag from a typed name; without it there is no field for a new tag. */
  readonly create = input<((name: string) => TagCreation<T>) | null>(null);
  /** A problem with the ticked tags, from the page's validation. */
  readonly error = input<string | null>(null);
  /** A failure to store a new tag, from outside. */
  readonly saveError = input<string | null>(null);

  readonly selectedChange = output<string[]>();
  readonly created = output<T>();

  protected readonly id = `tend-tags-${nextId++}`;
  protected readonly offered = computed(() => {
    const chosen = new Set(this.selected());
    return this.offerArchived() ? this.tags() : this.tags().filter((tag) => !tag.archived || chosen.has(tag.id));
  });
  protected readonly nameError = signal<string | null>(null);
  protected readonly nameMessage = computed(() => this.nameError() ?? this.saveError());
  protected readonly icons = { tick: iconCheck, add: iconNewLabel };

  protected toggle(tagId: string, checked: boolean): void {
    const rest = this.selected().filter((id) => id !== tagId);
    this.selectedChange.emit(checked ? [...rest, tagId] : rest);
  }

  protected add(field: HTMLInputElement, event?: Event): void {
    event?.preventDefault();
    const create = this.create();
    if (!create) return;
    const result = create(field.value);
    if ('problem' in result) {
      this.nameError.set(result.problem);
      field.focus();
      return;
    }
    this.nameError.set(null);
    field.value = '';
    this.created.emit(result.tag);
  }
}
