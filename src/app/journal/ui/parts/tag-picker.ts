import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { createTag, Tag } from '../../../check-in';

let nextId = 0;

/** Tick the tags an entry carries, or name a new one; a name that cannot be used says why. */
@Component({
  selector: 'tend-tag-picker',
  templateUrl: './tag-picker.html',
  styleUrls: ['./choice-chips.scss', './tag-picker.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagPicker {
  /** The tags to offer. */
  readonly choices = input.required<readonly Tag[]>();
  /** Every tag, archived ones too, so a new name cannot clash with any of them. */
  readonly allTags = input.required<readonly Tag[]>();
  readonly selected = input.required<readonly string[]>();
  /** A failure to store a new tag, from outside. */
  readonly saveError = input<string | null>(null);
  readonly legend = input($localize`:@@journal.tags.legend:Tags (optional)`);
  readonly allowNew = input(true);

  readonly selectedChange = output<string[]>();
  readonly created = output<Tag>();

  protected readonly id = `tend-tags-${nextId++}`;
  protected readonly newName = signal('');
  protected readonly nameError = signal<string | null>(null);

  protected toggle(tagId: string, checked: boolean): void {
    const rest = this.selected().filter((id) => id !== tagId);
    this.selectedChange.emit(checked ? [...rest, tagId] : rest);
  }

  protected add(): void {
    const result = createTag(this.allTags(), this.newName(), crypto.randomUUID());
    if (!result.ok) {
      this.nameError.set(result.issues[0].message);
      return;
    }
    this.nameError.set(null);
    this.newName.set('');
    this.created.emit(result.value[result.value.length - 1]);
  }

  protected onNameInput(value: string): void {
    this.newName.set(value);
    this.nameError.set(null);
  }
}
