import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { CrisisResources } from '../../../safety';
import { settingsFeature } from '../../../settings';
import { PROMPT_CATEGORIES, PROMPT_CATEGORY_INFO } from '../../domain/journal-prompt';
import { promptsIn } from '../../domain/journal-prompts';

@Component({
  selector: 'tend-prompts-page',
  imports: [RouterLink, CrisisResources],
  templateUrl: './prompts-page.html',
  styleUrl: './prompts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PromptsPage {
  protected readonly region = inject(Store).selectSignal(settingsFeature.selectRegion);
  protected readonly categories = PROMPT_CATEGORIES.map((id) => ({ id, ...PROMPT_CATEGORY_INFO[id], prompts: promptsIn(id) }));

  /** In-page links move focus too, so keyboard and screen reader users land where they looked. */
  protected jump(id: string): void {
    document.getElementById(id)?.focus();
  }
}
