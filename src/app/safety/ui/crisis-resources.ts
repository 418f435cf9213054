import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { contactUri } from '../domain/contact-uri';
import { ContactChannel, CrisisLine } from '../domain/crisis-line';
import { crisisLinesFor } from '../domain/crisis-lines';
import { RegionCode } from '../domain/regions';

interface CrisisLineView {
  line: CrisisLine;
  links: readonly { channel: ContactChannel; href: string }[];
  /** Language names in the user's language, e.g. "English and Spanish". */
  languages: string | null;
}

let nextId = 0;

/**
 * "Get help now": emergency numbers, crisis lines and clinician support for one region.
 * Static and offline; its links only open the phone's dialler or messages app when tapped.
 */
@Component({
  selector: 'tend-crisis-resources',
  imports: [LocalDatePipe],
  templateUrl: './crisis-resources.html',
  styleUrl: './crisis-resources.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrisisResources {
  readonly region = input.required<RegionCode>();
  readonly headingLevel = input<2 | 3>(2);
  /** Leaves out what each service is and who it is for, e.g. above an assessment result. */
  readonly compact = input(false);

  private readonly locale = inject(LOCALE_ID);
  protected readonly headingId = `tend-crisis-resources-${nextId++}`;

  protected readonly entries = computed<readonly CrisisLineView[]>(() => {
    const languageNames = new Intl.DisplayNames([this.locale], { type: 'language' });
    const list = new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return crisisLinesFor(this.region()).map((line) => ({
      line,
      links: line.channels.map((channel) => ({ channel, href: contactUri(channel) })),
      languages: line.languages
        ? list.format(line.languages.map((code) => languageNames.of(code) ?? code))
        : null,
    }));
  });
}
