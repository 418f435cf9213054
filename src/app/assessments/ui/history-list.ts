import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { LocalNumberPipe } from '../../shared/format/local-number.pipe';
import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StoredAssessment } from '../domain';
import { HistoryRow } from '../state/views/history-view';

/** Past results, newest first, each with its scores and a delete that asks first. */
@Component({
  selector: 'tend-history-list',
  imports: [LocalDatePipe, LocalNumberPipe, RouterLink],
  templateUrl: './history-list.html',
  styleUrl: './history-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryList {
  readonly rows = input.required<readonly HistoryRow[]>();
  readonly instrumentId = input.required<string>();
  readonly busy = input(false);
  readonly delete = output<StoredAssessment>();

  protected readonly confirming = signal<string | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected ask(id: string): void {
    this.confirming.set(id);
    this.focusLater(`[data-keep="${id}"]`);
  }

  protected cancel(id: string): void {
    this.confirming.set(null);
    this.focusLater(`[data-delete="${id}"]`);
  }

  protected confirm(row: HistoryRow): void {
    this.confirming.set(null);
    this.delete.emit(row.assessment);
  }

  protected format(decimals: number): string {
    return `1.${decimals}-${decimals}`;
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
