import { InjectionToken } from '@angular/core';
import { Observable } from 'rxjs';
import { ChangedKeys, changeChannel } from './change-channel';

export type { ChangedKeys } from './change-channel';

/** Writes committed by the app's other open tabs, for each store's owner to reread what changed. */
export const CHANGES_ELSEWHERE = new InjectionToken<Observable<ChangedKeys>>('ChangesElsewhere', {
  providedIn: 'root',
  factory: () =>
    new Observable<ChangedKeys>((subscriber) => {
      const channel = changeChannel();
      const heard = (event: MessageEvent<ChangedKeys>) => subscriber.next(event.data);
      channel?.addEventListener('message', heard);
      return () => channel?.removeEventListener('message', heard);
    }),
});
