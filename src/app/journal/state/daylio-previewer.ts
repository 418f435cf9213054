import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type { DaylioExisting, DaylioImportOptions, DaylioImportResult } from '../domain/daylio/daylio-import';

/** What a preview is asked: plain data, so that it can be posted to the worker. */
export interface DaylioPreviewRequest {
  text: string;
  existing: DaylioExisting;
  options: Pick<DaylioImportOptions, 'zone' | 'today' | 'customMoods'>;
}

export type DaylioPreviewMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; result: DaylioImportResult }
  | { kind: 'failed'; error: string };

const WORKER_FAILED = $localize`:@@journal.import.workerFailed:The file could not be read on this device. Nothing was imported.`;

/**
 * Makes the preview of a Daylio import in a Web Worker, so that a file of many megabytes never
 * holds the page: emits its progress, then the outcome (`done` or `failed`), and stops the worker
 * on unsubscribe (another file chosen, or the page left).
 */
@Injectable({ providedIn: 'root' })
export class DaylioPreviewer {
  preview(request: DaylioPreviewRequest): Observable<DaylioPreviewMessage> {
    return new Observable<DaylioPreviewMessage>((subscriber) => {
      const worker = new Worker(new URL('./daylio-preview.worker', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<DaylioPreviewMessage>) => {
        subscriber.next(data);
        if (data.kind !== 'progress') subscriber.complete();
      };
      worker.onerror = (event) => {
        event.preventDefault();
        subscriber.next({ kind: 'failed', error: WORKER_FAILED });
        subscriber.complete();
      };
      worker.postMessage(request);
      return () => worker.terminate();
    });
  }
}
