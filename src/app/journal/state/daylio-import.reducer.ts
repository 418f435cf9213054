import { createReducer, on } from '@ngrx/store';
import { Rating } from '../../check-in';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import type { DaylioImportPreview } from '../domain/daylio/daylio-import';
import { DaylioImportActions, DaylioPreviewActions } from './daylio-import.actions';
import { DaylioImportDbActions } from './daylio-import-db.actions';

export interface DaylioImportCounts {
  checkIns: number;
  entries: number;
  tags: number;
}

export interface DaylioImportState {
  fileName: string | null;
  /** The file's text, kept to preview again after custom moods are mapped. */
  text: string | null;
  customMoods: Record<string, Rating>;
  preview: DaylioImportPreview | null;
  /** An error here is the one message for a file that cannot be imported. */
  previewStatus: AsyncStatus;
  /** How far the file has been read (0–1) while the preview is made; null otherwise. */
  previewProgress: number | null;
  importStatus: AsyncStatus;
  /** How much the last import stored, to announce it. */
  imported: DaylioImportCounts | null;
}

const initialState: DaylioImportState = {
  fileName: null,
  text: null,
  customMoods: {},
  preview: null,
  previewStatus: IDLE,
  previewProgress: null,
  importStatus: IDLE,
  imported: null,
};
const working = { status: 'loading', error: null } as const;

export const daylioReducer = createReducer(
  initialState,
  on(DaylioImportActions.opened, (state): DaylioImportState =>
    state.importStatus.status === 'loading' ? state : initialState,
  ),
  on(DaylioImportActions.fileChosen, (_, { fileName, text }): DaylioImportState => ({
    ...initialState,
    fileName,
    text,
    previewStatus: working,
    previewProgress: 0,
  })),
  on(DaylioImportActions.fileUnreadable, (_, { fileName, error }): DaylioImportState => ({
    ...initialState,
    fileName,
    previewStatus: { status: 'error', error },
  })),
  on(DaylioImportActions.moodsMapped, (state, { customMoods }): DaylioImportState => ({
    ...state,
    customMoods,
    previewStatus: working,
    previewProgress: 0,
  })),
  on(DaylioPreviewActions.progressed, (state, { fraction }): DaylioImportState =>
    state.previewStatus.status === 'loading' ? { ...state, previewProgress: fraction } : state,
  ),
  on(DaylioPreviewActions.succeeded, (state, { preview }): DaylioImportState => ({
    ...state,
    preview,
    previewStatus: { status: 'success', error: null },
    previewProgress: null,
  })),
  on(DaylioPreviewActions.rejected, (state, { error }): DaylioImportState => ({
    ...state,
    text: null,
    preview: null,
    previewStatus: { status: 'error', error },
    previewProgress: null,
  })),
  on(DaylioPreviewActions.failed, (state, { error }): DaylioImportState => ({
    ...state,
    preview: null,
    previewStatus: { status: 'error', error },
    previewProgress: null,
  })),
  on(DaylioImportActions.importConfirmed, (state): DaylioImportState => ({ ...state, importStatus: working })),
  on(DaylioImportDbActions.importSucceeded, (_, { checkIns, entries, tags }): DaylioImportState => ({
    ...initialState,
    importStatus: { status: 'success', error: null },
    imported: { checkIns: checkIns.length, entries: entries.length, tags: tags.length },
  })),
  on(DaylioImportDbActions.importFailed, (state, { error }): DaylioImportState => ({
    ...state,
    importStatus: { status: 'error', error },
  })),
);
