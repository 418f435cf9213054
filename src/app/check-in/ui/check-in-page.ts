import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  OnInit,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { UnsavedChanges } from '../../core/unsaved/unsaved-changes';
import { settingsFeature } from '../../settings';
import { Icon } from '../../shared/icon/icon';
import { iconCalendarAddOn, iconCheckCircle, iconHistory, iconSell } from '../../shared/icon/icons';
import { checkInDayProblem, EARLIEST_CHECK_IN_DAY } from '../domain/check-in-day-rule';
import { ShiftType, Tag } from '../domain/check-in';
import { CheckInDraft, CheckInField, defaultCheckInDraft, NOTE_MAX_LENGTH, validateCheckInDraft } from '../domain/check-in-draft';
import { CheckInFormStart, selectCheckInFormStart } from '../state/check-in-form.selectors';
import { CheckInPageActions } from '../state/check-in-page.actions';
import { loadOlderCheckInsWhen } from '../state/load-every-check-in';
import { checkInFeature } from '../state/check-in.feature';
import { ChoiceGroup } from './choice-group';
import { ratingChoices, SHIFT_CHOICES } from './choices';
import { DETAIL_FIELDS, detailsSummary, numberText, readNumberField, sameDraft, SLEEP_HOUR_OPTIONS } from './check-in-form-helpers';
import { hourLabel, hoursLabel, longDay } from './day-format';
import { RecentDaysStrip } from './recent-days-strip';
import { TagPicker } from './tag-picker';

const NOT_READ_YET: CheckInFormStart = { existing: null, draft: defaultCheckInDraft() };

/** Today's check-in at /check-in, or any earlier day's at /check-in/day/YYYY-MM-DD. */
@Component({
  selector: 'tend-check-in-page',
  imports: [RouterLink, ChoiceGroup, TagPicker, RecentDaysStrip, Icon],
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CheckInPage implements OnInit {
  /** The route's `:day`; absent on /check-in, which always means the current day. */
  readonly day = input<string>();

  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly rootState = this.store.selectSignal((state: object) => state);

  protected readonly today = this.store.selectSignal(checkInFeature.selectToday);
  protected readonly load = this.store.selectSignal(checkInFeature.selectLoad);
  protected readonly save = this.store.selectSignal(checkInFeature.selectSave);
  private readonly savedDay = this.store.selectSignal(checkInFeature.selectSavedDay);
  private readonly dayStartHour = this.store.selectSignal(settingsFeature.selectDayStartHour);
  private readonly allTags = this.store.selectSignal(checkInFeature.selectAllTags);
  private readonly tagEntities = this.store.selectSignal(checkInFeature.selectTagEntities);
  protected readonly recentDays = this.store.selectSignal(checkInFeature.selectRecentDays);
  protected readonly streakLabel = this.store.selectSignal(checkInFeature.selectStreakLabel);

  protected readonly targetDay = computed(() => this.day() ?? this.today());
  protected readonly isCurrentDay = computed(() => this.targetDay() === this.today());
  protected readonly dayLabel = computed(() => longDay(this.targetDay()));
  protected readonly dayStartLabel = computed(() => hourLabel(this.dayStartHour()));
  /** Why the day in the address can have no check-in (not a date, too early, not come yet), or null. */
  protected readonly dayProblem = computed(() => {
    const day = this.day();
    return day === undefined ? null : checkInDayProblem(day, this.today());
  });
  protected readonly earliestDay = EARLIEST_CHECK_IN_DAY;

  private readonly formStartSelector = computed(() => selectCheckInFormStart(this.targetDay()));
  private readonly formStart = computed(() => this.formStartSelector()(this.rootState()));
  /** Today's form opens on the recent weeks alone; an older day's waits for the years before them. */
  protected readonly loaded = computed(() => this.today() !== '' && this.formStart() !== null);
  protected readonly start = computed(() => this.formStart() ?? NOT_READ_YET);
  /** The form: the saved check-in, or fresh defaults; reset whenever that starting point changes. */
  protected readonly draft = linkedSignal(() => this.start().draft);
  /** Tags made in this form; they are saved with the check-in, in the same transaction. */
  private readonly newTags = signal<Tag[]>([]);
  private readonly pendingTags = computed(() => this.newTags().filter((tag) => !this.tagEntities()[tag.id]));
  private readonly submitted = signal(false);
  protected readonly moreOpen = signal(false);

  protected readonly issues = computed(() => (this.submitted() ? validateCheckInDraft(this.draft()) : []));
  protected readonly choosableTags = computed(() => {
    const chosen = new Set(this.draft().tagIds);
    const stored = this.allTags().filter((tag) => !tag.archived || chosen.has(tag.id));
    return [...stored, ...this.pendingTags()];
  });
  protected readonly knownTags = computed(() => [...this.allTags(), ...this.newTags()]);
  protected readonly summary = computed(() => detailsSummary(this.draft(), this.draft().tagIds.length));
  protected readonly savedMessage = computed(() =>
    this.save().status === 'success' && this.savedDay() === this.targetDay()
      ? $localize`:@@checkIn.saved:Check-in saved for ${this.dayLabel()}:day:.`
      : '',
  );

  protected readonly moodChoices = ratingChoices('mood');
  protected readonly energyChoices = ratingChoices('energy');
  protected readonly stressChoices = ratingChoices('stress');
  protected readonly sleepQualityChoices = ratingChoices('sleepQuality');
  protected readonly shiftChoices = SHIFT_CHOICES;
  protected readonly sleepHourOptions = SLEEP_HOUR_OPTIONS;
  protected readonly hoursLabel = hoursLabel;
  protected readonly numberText = numberText;
  protected readonly noteMax = NOTE_MAX_LENGTH;
  protected readonly icons = { done: iconCheckCircle, history: iconHistory, tags: iconSell, reminder: iconCalendarAddOn };

  constructor() {
    // A past day's form, or one with no check-in before it in the recent weeks, needs the years before.
    const recentLoaded = this.store.selectSignal(checkInFeature.selectRecentLoaded);
    loadOlderCheckInsWhen(() => recentLoaded() && this.formStart() === null);
    const dirty = computed(() => this.loaded() && (!sameDraft(this.draft(), this.start().draft) || this.pendingTags().length > 0));
    inject(UnsavedChanges).track(dirty);
  }

  ngOnInit(): void {
    this.store.dispatch(CheckInPageActions.opened());
  }

  protected errorFor(field: CheckInField): string | null {
    return this.issues().find((issue) => issue.field === field)?.message ?? null;
  }

  protected setRating(field: 'mood' | 'energy' | 'stress' | 'sleepQuality', value: number): void {
    this.update({ [field]: value });
  }

  protected setShift(shift: ShiftType): void {
    this.update({ shift });
  }

  protected setSleepHours(value: string): void {
    this.update({ sleepHours: value === '' ? null : Number(value) });
  }

  protected setHoursWorked(field: HTMLInputElement): void {
    this.update({ hoursWorked: readNumberField(field) });
  }

  protected setNote(note: string): void {
    this.update({ note });
  }

  protected toggleTag(id: string): void {
    const tagIds = this.draft().tagIds;
    this.update({ tagIds: tagIds.includes(id) ? tagIds.filter((t) => t !== id) : [...tagIds, id] });
  }

  protected createTag(name: string): void {
    const tag: Tag = { id: crypto.randomUUID(), name, archived: false };
    this.newTags.update((tags) => [...tags, tag]);
    this.update({ tagIds: [...this.draft().tagIds, tag.id] });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    const draft = this.draft();
    const issues = validateCheckInDraft(draft);
    if (issues.length > 0) {
      if (issues.some((issue) => DETAIL_FIELDS.has(issue.field))) this.moreOpen.set(true);
      this.focusField(issues[0].field);
      return;
    }
    const newTags = this.pendingTags().filter((tag) => draft.tagIds.includes(tag.id));
    this.store.dispatch(CheckInPageActions.formSubmitted({ day: this.targetDay(), draft, newTags }));
  }

  private update(change: Partial<CheckInDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  private focusField(field: CheckInField): void {
    afterNextRender(
      () => this.host.querySelector<HTMLElement>(`[data-field="${field}"]`)?.querySelector<HTMLElement>('input, select, textarea')?.focus(),
      { injector: this.injector },
    );
  }
}
