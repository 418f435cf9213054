import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { UnsavedChanges } from '../../core/unsaved/unsaved-changes';
import { settingsFeature } from '../../settings';
import { Icon } from '../../shared/icon/icon';
import { dateTimeFormat } from '../../shared/format/intl-cache';
import { iconCalendarAddOn, iconCheckCircle, iconHistory, iconSell } from '../../shared/icon/icons';
import { checkInDayProblem, EARLIEST_CHECK_IN_DAY } from '../domain/check-in-day-rule';
import { ShiftType, Tag } from '../domain/check-in';
import { CheckInDraft, CheckInField, defaultCheckInDraft, NOTE_MAX_LENGTH, validateCheckInDraft } from '../domain/check-in-draft';
import { CheckInForm, followStoredCheckIn, isFormEdited, openCheckInForm } from '../domain/check-in-form';
import { newTag } from '../domain/new-tag';
import { DraftRead, checkInFormFeature } from '../state/check-in-form.feature';
import { CheckInFormActions } from '../state/check-in-form.actions';
import { selectCheckInFormStart } from '../state/check-in-form.selectors';
import { CheckInPageActions } from '../state/check-in-page.actions';
import { loadOlderCheckInsWhen } from '../state/load-every-check-in';
import { checkInFeature } from '../state/check-in.feature';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { TagPicker } from '../../shared/ui/tag-picker';
import { CheckInConflict } from './check-in-conflict';
import { ratingChoices, SHIFT_CHOICES } from './choices';
import { DETAIL_FIELDS, detailsSummary, numberText, readNumberField, routineOffer, SLEEP_HOUR_OPTIONS } from './check-in-form-helpers';
import { hourLabel, hoursLabel, longDay } from './day-format';
import { RecentDaysStrip } from './recent-days-strip';

const EMPTY_DRAFT = defaultCheckInDraft();

/** Today's check-in at /check-in, or any earlier day's at /check-in/day/YYYY-MM-DD. */
@Component({
  selector: 'tend-check-in-page',
  imports: [RouterLink, ChoiceGroup, TagPicker, RecentDaysStrip, Icon, CheckInConflict],
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
  private readonly draftRead = this.store.selectSignal(checkInFormFeature.selectDraftRead);
  private readonly savedHere = this.store.selectSignal(checkInFormFeature.selectSavedHere);
  protected readonly draftSave = this.store.selectSignal(checkInFormFeature.selectDraftSave);
  private readonly anyConflict = this.store.selectSignal(checkInFormFeature.selectConflict);

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
  /** The draft left for this day has been looked for (a failed read opens the form without it). */
  private readonly draftLooked = computed(() => {
    const read = this.draftRead();
    return read && read.day === this.targetDay() && read.status.status !== 'loading' ? read : null;
  });
  /** The read the form was opened from: a new one (another day, or the page again) opens it afresh. */
  private openedFrom: DraftRead | null = null;

  /** What the form holds; it follows the stored check-in as `followStoredCheckIn` says. */
  protected readonly form = signal<CheckInForm | null>(null);
  /** Once open, the form stays on screen while the check-ins are read again. */
  protected readonly loaded = computed(() => this.today() !== '' && ((this.dayProblem() !== null) || this.form()?.day === this.targetDay()));
  protected readonly draft = computed(() => this.form()?.draft ?? EMPTY_DRAFT);
  /**
   * The hours field's text. Text the browser cannot read as a number (NaN in the draft) keeps the
   * last one, so the field never wipes what is being typed; validation explains it at Save.
   */
  protected readonly hoursText = linkedSignal<number | null, string>({
    source: () => this.draft().hoursWorked,
    computation: (hours, previous) => (Number.isNaN(hours) ? (previous?.value ?? '') : numberText(hours)),
  });
  protected readonly stored = computed(() => this.formStart()?.existing ?? this.form()?.opened ?? null);
  protected readonly conflict = computed(() => {
    const conflict = this.anyConflict();
    return conflict?.day === this.targetDay() ? conflict : null;
  });
  private readonly pendingTags = computed(() => (this.form()?.newTags ?? []).filter((tag) => !this.tagEntities()[tag.id]));
  private readonly submitted = signal(false);
  /** The form changed, or failed its checks, since it was last submitted: a past "saved" no longer applies. */
  private readonly changedSinceSubmit = signal(false);
  private readonly keptTheirs = signal(false);
  protected readonly moreOpen = signal(false);

  protected readonly issues = computed(() => (this.submitted() ? validateCheckInDraft(this.draft()) : []));
  /** The picker leaves out archived tags that are not ticked. */
  protected readonly choosableTags = computed(() => [...this.allTags(), ...this.pendingTags()]);
  protected readonly knownTags = computed(() => [...this.allTags(), ...(this.form()?.newTags ?? [])]);
  /** A tag made in the form; saved with the check-in. */
  protected readonly newTag = (name: string) => newTag(this.knownTags(), name, crypto.randomUUID());
  protected readonly knownTagEntities = computed(() => Object.fromEntries(this.knownTags().map((tag) => [tag.id, tag])));
  protected readonly summary = computed(
    () => detailsSummary(this.draft(), this.draft().tagIds.length) || $localize`:@@checkIn.summaryNone:Not answered yet`,
  );
  protected readonly routine = computed(() => routineOffer(this.formStart()?.previous ?? null, this.targetDay(), this.draft()));
  protected readonly restoredTime = computed(() => {
    const at = this.form()?.restoredAt;
    return at ? dateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(at)) : null;
  });
  protected readonly statusMessage = computed(() => {
    if (this.conflict()) return '';
    if (this.form()?.changedElsewhere) {
      return $localize`:@@checkIn.changedElsewhere:This check-in was changed in another tab. Your changes here are kept: when you save, you choose whose to keep.`;
    }
    if (this.keptTheirs()) return $localize`:@@checkIn.keptTheirs:The form now holds the other tab's check-in; your changes were dropped.`;
    return this.save().status === 'success' && this.savedDay() === this.targetDay() && !this.changedSinceSubmit()
      ? $localize`:@@checkIn.saved:Check-in saved for ${this.dayLabel()}:day:.`
      : '';
  });

  protected readonly moodChoices = ratingChoices('mood');
  protected readonly energyChoices = ratingChoices('energy');
  protected readonly stressChoices = ratingChoices('stress');
  protected readonly sleepQualityChoices = ratingChoices('sleepQuality');
  protected readonly shiftChoices = SHIFT_CHOICES;
  protected readonly sleepHourOptions = SLEEP_HOUR_OPTIONS;
  protected readonly hoursLabel = hoursLabel;
  protected readonly noteMax = NOTE_MAX_LENGTH;
  protected readonly icons = { done: iconCheckCircle, history: iconHistory, tags: iconSell, reminder: iconCalendarAddOn };

  constructor() {
    // A past day's form, or one with no check-in before it in the recent weeks, needs the years before.
    const recentLoaded = this.store.selectSignal(checkInFeature.selectRecentLoaded);
    loadOlderCheckInsWhen(() => recentLoaded() && this.formStart() === null);
    effect(() => {
      const day = this.targetDay();
      if (day !== '' && !(this.dayProblem() !== null)) untracked(() => this.store.dispatch(CheckInFormActions.shown({ day })));
    });
    effect(() => {
      const start = this.formStart();
      const read = this.draftLooked();
      const savedHere = this.savedHere();
      if (!start || !read) return;
      untracked(() => {
        const form = this.form();
        if (form?.day === read.day && this.openedFrom === read) {
          this.form.set(followStoredCheckIn(form, start.existing, savedHere));
        } else {
          this.openedFrom = read;
          this.form.set(openCheckInForm(read.day, start.existing, read.draft));
        }
      });
    });
    const dirty = computed(() => {
      const form = this.form();
      return form !== null && (isFormEdited(form) || this.pendingTags().length > 0);
    });
    inject(UnsavedChanges).track(dirty);
    inject(DestroyRef).onDestroy(() => this.store.dispatch(CheckInFormActions.left()));
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

  protected setTags(tagIds: string[]): void {
    this.update({ tagIds });
  }

  protected addNewTag(tag: Tag): void {
    this.update({ tagIds: [...this.draft().tagIds, tag.id] }, [tag]);
  }

  protected repeatRoutine(): void {
    const routine = this.routine();
    if (routine) this.update(routine.answers);
  }

  protected discardDraft(): void {
    const form = this.form();
    if (!form) return;
    this.form.set(openCheckInForm(form.day, this.formStart()?.existing ?? form.opened));
    this.store.dispatch(CheckInFormActions.draftDiscarded({ day: form.day }));
    this.focusField('mood');
  }

  protected keepTheirs(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.form.set(openCheckInForm(conflict.day, conflict.theirs));
    this.keptTheirs.set(true);
    this.store.dispatch(CheckInFormActions.keepTheirsChosen({ day: conflict.day }));
    this.focusField('mood');
  }

  /** Saves the form over the other tab's check-in, checked against that one now. */
  protected keepMine(): void {
    const conflict = this.conflict();
    const form = this.form();
    if (!conflict || !form) return;
    this.form.set({ ...form, opened: conflict.theirs, changedElsewhere: false });
    this.submitForm();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitForm();
  }

  private submitForm(): void {
    const form = this.form();
    if (!form) return;
    this.submitted.set(true);
    const draft = form.draft;
    const issues = validateCheckInDraft(draft);
    if (issues.length > 0) {
      this.changedSinceSubmit.set(true);
      if (issues.some((issue) => DETAIL_FIELDS.has(issue.field))) this.moreOpen.set(true);
      this.focusField(issues[0].field);
      return;
    }
    this.changedSinceSubmit.set(false);
    this.keptTheirs.set(false);
    const newTags = this.pendingTags().filter((tag) => draft.tagIds.includes(tag.id));
    this.store.dispatch(CheckInPageActions.formSubmitted({ day: form.day, draft, newTags, opened: form.opened }));
  }

  /** A change the user made: the autosave keeps it. */
  private update(change: Partial<CheckInDraft>, newTags: Tag[] = []): void {
    const form = this.form();
    if (!form) return;
    const next = { ...form, draft: { ...form.draft, ...change }, newTags: [...form.newTags, ...newTags] };
    this.form.set(next);
    this.changedSinceSubmit.set(true);
    this.keptTheirs.set(false);
    const { day, draft, opened } = next;
    this.store.dispatch(CheckInFormActions.changed({ day, draft, newTags: next.newTags, opened }));
  }

  private focusField(field: CheckInField): void {
    afterNextRender(
      () => this.host.querySelector<HTMLElement>(`[data-field="${field}"]`)?.querySelector<HTMLElement>('input, select, textarea')?.focus(),
      { injector: this.injector },
    );
  }
}
