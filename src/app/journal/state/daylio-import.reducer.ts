import { createReducer, on } from '@ngrx/store';
import { Rating } from '../../check-in';
import { AsyncStatus, failed, IDLE, LOADING, SUCCESS } from '../../shared/async-status';
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

export const daylioReducer = createReducer(
  initialState,
  on(DaylioImportActions.opened, (state): DaylioImportState =>
    state.importStatus.status === 'loading' ? state : initialState,
  ),
  on(DaylioImportActions.fileChosen, (_, { fileName, text }): DaylioImportState => ({
    ...initialState,
    fileName,
    text,
    previewStatus: LOADING,
    previewProgress: 0,
  })),
  on(DaylioImportActions.fileUnreadable, (_, { fileName, error }): DaylioImportState => ({
    ...initialState,
    fileName,
    previewStatus: failed(error),
  })),
  on(DaylioImportActions.moodsMapped, (state, { customMoods }): DaylioImportState => ({
    ...state,
    customMoods,
    previewStatus: LOADING,
    previewProgress: 0,
  })),
  on(DaylioPreviewActions.progressed, (state, { fraction }): DaylioImportState =>
    state.previewStatus.status === 'loading' ? { ...state, previewProgress: fraction } : state,
  ),
  on(DaylioPreviewActions.succeeded, (state, { preview }): DaylioImportState => ({
    ...state,
    preview,
    previewStatus: SUCCESS,
    previewProgress: null,
  })),
  on(DaylioPreviewActions.rejected, (state, { error }): DaylioImportState => ({
    ...state,
    text: null,
    preview: null,
    previewStatus: failed(error),
    previewProgress: null,
  })),
  on(DaylioPreviewActions.failed, (state, { error }): DaylioImportState => ({
    ...state,
    preview: null,
    previewStatus: failed(error),
    previewProgress: null,
  })),
  on(DaylioImportActions.importConfirmed, (state): DaylioImportState => ({ ...state, importStatus: LOADING })),
  on(DaylioImportDbActions.importSucceeded, (_, { checkIns, entries, tags }): DaylioImportState => ({
    ...initialState,
    importStatus: SUCCESS,
    imported: { checkIns: checkIns.length, entries: entries.length, tags: tags.length },
  })),
  on(DaylioImportDbActions.importFailed, (state, { error }): DaylioImportState => ({
    ...state,
    importStatus: failed(error),
  })),
);
