// Previews a Daylio import off the page's thread (see DaylioPreviewer). The domain's texts use
// $localize, which the app's polyfills define for the page but not for a worker.
import '@angular/localize/init';
import { errorMessage } from '../../shared/async-status';
import { previewDaylioImport } from '../domain/daylio/daylio-import';
import type { DaylioPreviewMessage, DaylioPreviewRequest } from './daylio-previewer';

const post = (message: DaylioPreviewMessage): void => postMessage(message);

addEventListener('message', ({ data }: MessageEvent<DaylioPreviewRequest>) => {
  try {
    const onProgress = (fraction: number) => post({ kind: 'progress', fraction });
    post({ kind: 'done', result: previewDaylioImport(data.text, data.existing, { ...data.options, onProgress }) });
  } catch (error) {
    post({ kind: 'failed', error: errorMessage(error) });
  }
});
