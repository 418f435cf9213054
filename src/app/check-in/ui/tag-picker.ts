import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { Icon } from '../../shared/icon/icon';
import { iconCheck, iconNewLabel } from '../../shared/icon/icons';
import { Tag } from '../domain/check-in';
import { normalizeTagName, tagNameProblem } from '../domain/tags';

/** Tags to choose for a check-in, and a field to make a new one (saved with the check-in). */
@Component({
  selector: 'tend-tag-picker',
  imports: [Icon],
  templateUrl: './tag-picker.html',
  styleUrl: './tag-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagPicker {
  /** The tags that can be chosen: active ones and any made in this form. */
  readonly tags = input.required<readonly Tag[]>();
  /** Every tag, archived too, so a new name cannot repeat an old one. */
  readonly known = input.required<readonly Tag[]>();
  readonly selected = input.required<readonly string[]>();
  readonly error = input<string | null>(null);
  readonly toggled = output<string>();
  /** A valid new tag name, already tidied. */
  readonly created = output<string>();

  protected readonly nameError = signal<string | null>(null);
  protected readonly tick = iconCheck;
  protected readonly addIcon = iconNewLabel;

  protected create(field: HTMLInputElement, event?: Event): void {
    event?.preventDefault();
    const problem = tagNameProblem(this.known(), field.value);
    this.nameError.set(problem);
    if (problem) {
      field.focus();
      return;
    }
    this.created.emit(normalizeTagName(field.value));
    field.value = '';
  }
}
