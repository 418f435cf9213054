import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { iconDownload, iconEdit, iconPrint } from '../../shared/icon/icons';
import { checkInDayProblem, EARLIEST_CHECK_IN_DAY } from '../domain/check-in-day-rule';
import { CheckInPageActions } from '../state/check-in-page.actions';
import { checkInFeature } from '../state/check-in.feature';
import { selectCheckInsCsv } from '../state/check-ins-csv.selector';
import { checkInRow } from './check-in-row';
import { downloadFile } from '../../shared/ui/download';
import { loadEveryCheckIn } from '../state/load-every-check-in';

const PAGE_SIZE = 30;

@Component({
  selector: 'tend-check-in-history-page',
  imports: [RouterLink, Icon],
  templateUrl: './history-page.html',
  styleUrl: './history-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HistoryPage implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly loaded = loadEveryCheckIn();
  protected readonly load = this.store.selectSignal(checkInFeature.selectLoad);
  protected readonly today = this.store.selectSignal(checkInFeature.selectToday);
  private readonly checkIns = this.store.selectSignal(checkInFeature.selectAllCheckIns);
  private readonly tagsById = this.store.selectSignal(checkInFeature.selectTagEntities);
  private readonly csv = this.store.selectSignal(selectCheckInsCsv);

  private readonly shown = signal(PAGE_SIZE);
  protected readonly total = computed(() => this.checkIns().length);
  protected readonly rows = computed(() =>
    this.checkIns()
      .slice(-this.shown())
      .reverse()
      .map((checkIn) => checkInRow(checkIn, this.tagsById())),
  );
  protected readonly dayError = signal<string | null>(null);
  protected readonly earliestDay = EARLIEST_CHECK_IN_DAY;
  protected readonly icons = { download: iconDownload, print: iconPrint, edit: iconEdit };

  ngOnInit(): void {
    // A save made here (from a past day's page) should not announce itself again later.
    this.store.dispatch(CheckInPageActions.opened());
  }

  protected showMore(): void {
    this.shown.update((count) => count + PAGE_SIZE);
  }

  protected downloadCsv(): void {
    // The byte-order mark tells spreadsheet apps the file is UTF-8, so accents and emoji survive.
    downloadFile(this.document, `tend-check-ins-${this.today()}.csv`, `\uFEFF${this.csv()}`, 'text/csv;charset=utf-8');
  }

  protected openDay(event: Event, field: HTMLInputElement): void {
    event.preventDefault();
    const day = field.value;
    const problem = this.dayProblemMessage(day);
    this.dayError.set(problem);
    if (problem) {
      field.focus();
      return;
    }
    void this.router.navigate(day === this.today() ? ['/check-in'] : ['/check-in/day', day]);
  }

  private dayProblemMessage(day: string): string | null {
    switch (checkInDayProblem(day, this.today())) {
      case 'not-a-day':
        return $localize`:@@checkIn.chooseDay:Choose a day, for example yesterday.`;
      case 'too-early':
        return $localize`:@@checkIn.earlyDay:Tend keeps check-ins from ${EARLIEST_CHECK_IN_DAY}:earliest: on. Choose a later day.`;
      case 'future':
        return $localize`:@@checkIn.futureDay:That day has not come yet. Choose today or an earlier day.`;
      case null:
        return null;
    }
  }
}
