import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { InstrumentDefinition } from '../domain';

/** Who made the instrument, how to cite it, and the terms under which Tend reproduces it. */
@Component({
  selector: 'tend-instrument-source',
  template: `
    @let i = instrument();
    <section class="tend-card" aria-labelledby="instrument-source-heading">
      <h2 id="instrument-source-heading" i18n="@@assess.source.heading">Source and licence</h2>
      <p><span class="label" i18n="@@assess.source.authors">Authors:</span> {{ i.attribution.authors }} ({{ i.attribution.year }})</p>
      <p><span class="label" i18n="@@assess.source.citation">Cite as:</span> {{ i.attribution.citation }}</p>
      <h3 i18n="@@assess.source.terms">Terms of use</h3>
      @if (i.terms.verbatim) {
        <blockquote>{{ i.terms.text }}</blockquote>
      } @else {
        <p>{{ i.terms.text }}</p>
      }
      <p class="tend-hint"><span i18n="@@assess.source.termsSource">Terms from:</span> {{ i.terms.source }}</p>
      @if (i.terms.link; as link) {
        <!-- No referrer: the address the person came from names the questionnaire. -->
        <p><span class="label" i18n="@@assess.source.website">Website:</span> <a [href]="link.href" rel="noopener noreferrer">{{ link.text }}</a></p>
      }
      <p class="tend-hint"><span i18n="@@assess.source.wording">Wording from:</span> {{ i.wordingSource }}</p>
      @if (i.notes.length > 0) {
        <details>
          <summary i18n="@@assess.source.notes">Notes on this version</summary>
          <ul>
            @for (note of i.notes; track note) {
              <li>{{ note }}</li>
            }
          </ul>
        </details>
      }
    </section>
  `,
  styles: `
    h2 { margin-block-start: 0; }
    .label { font-weight: 600; }
    blockquote { margin: 0 0 0.75rem; padding-inline-start: 1rem; border-inline-start: 4px solid var(--mat-sys-outline-variant); }
    summary { display: flex; align-items: center; min-block-size: 48px; cursor: pointer; color: var(--mat-sys-primary); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstrumentSource {
  readonly instrument = input.required<InstrumentDefinition>();
}
