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
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom } from 'rxjs';
import { checkInFeature, Rating, Tag } from '../../../check-in';
import { newTag } from '../../../check-in/tag-writes';
import { UnsavedChanges } from '../../../core/unsaved/unsaved-changes';
import { ChoiceGroup } from '../../../shared/ui/choice-group';
import { TagPicker } from '../../../shared/ui/tag-picker';
import { JournalDraft } from '../../domain/journal-draft';
import { JOURNAL_TEXT_MAX_LENGTH } from '../../domain/journal-entry-rules';
import { promptById } from '../../domain/journal-prompts';
import { SaveConflictChoice } from '../../domain/journal-save-conflict';
import { JournalEditorActions } from '../../state/journal-editor.actions';
import { journalFeature } from '../../state/journal.feature';
import { EntryDatePipe } from '../parts/entry-date.pipe';
import { LeaveDialog } from '../parts/leave-dialog';
import { MOOD_CHOICES } from '../parts/mood-choices';
import { SaveConflict } from './save-conflict';

/** Shown from this many characters on, so the limit never comes as a surprise. */
const COUNT_FROM = 180_000;

@Component({
  selector: 'tend-journal-editor-page',
  imports: [RouterLink, EntryDatePipe, LeaveDialog, ChoiceGroup, TagPicker, SaveConflict],
  templateUrl: './journal-editor-page.html',
  styleUrl: './journal-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class JournalEditorPage {
  /** Route parameter of /journal/:id/edit; absent for a new entry. */
  readonly id = input<string>();
  /** Query parameter of /journal/new?prompt=…, from "Write about this". */
  readonly prompt = input<string>();

  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly leaveDialog = viewChild.required(LeaveDialog);
  private readonly conflictChoice = viewChild(SaveConflict);
  private readonly textArea = viewChild<ElementRef<HTMLTextAreaElement>>('text');

  protected readonly editor = this.store.selectSignal(journalFeature.selectEditor);
  protected readonly draft = this.store.selectSignal(journalFeature.selectEditorDraft);
  protected readonly chosenPrompt = this.store.selectSignal(journalFeature.selectEditorPrompt);
  protected readonly allTags = this.store.selectSignal(checkInFeature.selectAllTags);
  protected readonly tagsLoad = this.store.selectSignal(checkInFeature.selectRecentLoad);
  private readonly lastSavedId = this.store.selectSignal(journalFeature.selectLastSavedId);
  readonly dirty = this.store.selectSignal(journalFeature.selectEditorDirty);

  protected readonly isNew = computed(() => this.id() === undefined);
  protected readonly textIssues = computed(() => this.editor().issues.filter((i) => i.field === 'text'));
  protected readonly characters = computed(() => this.draft()?.text.length ?? 0);
  protected readonly showCount = computed(() => this.characters() >= COUNT_FROM);
  protected readonly maxLength = JOURNAL_TEXT_MAX_LENGTH;
  protected readonly moodChoices = MOOD_CHOICES;
  /** A tag named in the editor, stored at once (`createTag`). */
  protected readonly newTag = (name: string) => newTag(this.allTags(), name, crypto.randomUUID());
  protected readonly textDescribedBy = computed(() =>
    [this.chosenPrompt() ? 'entry-prompt' : '', 'entry-hint', this.textIssues().length > 0 ? 'entry-error' : '']
      .filter(Boolean)
      .join(' '),
  );

  constructor() {
    inject(UnsavedChanges).track(this.dirty);
    effect(() => {
      const entryId = this.id() ?? null;
      const prompt = this.prompt();
      const promptId = prompt && promptById(prompt) ? prompt : null;
      untracked(() => this.store.dispatch(JournalEditorActions.opened({ entryId, promptId })));
    });
    inject(DestroyRef).onDestroy(() => this.store.dispatch(JournalEditorActions.closed()));
  }

  protected change(patch: Partial<JournalDraft>): void {
    const draft = this.draft();
    if (draft) this.store.dispatch(JournalEditorActions.draftChanged({ draft: { ...draft, ...patch } }));
  }

  protected changeMood(mood: Rating | null): void {
    this.change({ mood });
  }

  protected changeTags(tagIds: string[]): void {
    this.change({ tagIds });
  }

  protected createTag(tag: Tag): void {
    this.store.dispatch(JournalEditorActions.tagCreated({ tag }));
  }

  protected discardDraft(): void {
    this.store.dispatch(JournalEditorActions.discardClicked());
    this.focusText();
  }

  protected async save(): Promise<void> {
    if (await this.saveAndWait()) {
      await this.router.navigate(['/journal', this.lastSavedId()]);
    }
  }

  /** Keep theirs opens their version (or the journal, if they deleted it); mine and both save. */
  protected async resolveConflict(keep: SaveConflictChoice): Promise<void> {
    const theirs = this.editor().conflict?.theirs ?? null;
    this.store.dispatch(JournalEditorActions.saveConflictResolved({ keep }));
    if (keep === 'theirs') {
      await this.router.navigate(theirs ? ['/journal', theirs.id] : ['/journal']);
    } else if (await this.savedOrNot()) {
      await this.router.navigate(['/journal', this.lastSavedId()]);
    }
  }

  /** The canDeactivate decision: leave freely when nothing is unsaved, else ask. */
  async canLeave(): Promise<boolean> {
    if (!this.dirty()) return true;
    const choice = await this.leaveDialog().ask();
    if (choice === 'keep') return false;
    if (choice === 'discard') {
      this.store.dispatch(JournalEditorActions.discardClicked());
      return true;
    }
    return this.saveAndWait();
  }

  /** While a conflict waits for the user's choice, saving means making it. */
  private async saveAndWait(): Promise<boolean> {
    if (this.editor().conflict) {
      this.conflictChoice()?.focus();
      return false;
    }
    this.store.dispatch(JournalEditorActions.saveClicked());
    return this.savedOrNot();
  }

  private async savedOrNot(): Promise<boolean> {
    const outcome = await firstValueFrom(
      this.store.select(journalFeature.selectEditor).pipe(filter((editor) => editor.save.status !== 'loading')),
    );
    if (outcome.save.status === 'success') return true;
    if (outcome.issues.length > 0) this.focusText();
    return false;
  }

  private focusText(): void {
    afterNextRender(() => this.textArea()?.nativeElement.focus(), { injector: this.injector });
  }
}
