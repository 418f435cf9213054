import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ChangedKeys, changeChannel } from './change-channel';

export type { ChangedKeys } from './change-channel';

/** Writes committed by the app's other open tabs, for each store's owner to reread what changed. */
@Injectable({ providedIn: 'root' })
export class DatabaseChanges {
  readonly elsewhere$: Observable<ChangedKeys> = new Observable<ChangedKeys>((subscriber) => {
    const channel = changeChannel();
    const heard = (event: MessageEvent<ChangedKeys>) => subscriber.next(event.data);
    channel?.addEventListener('message', heard);
    return () => channel?.removeEventListener('message', heard);
  });
}
