import { Injectable } from '@angular/core';

export type NotificationAccess = NotificationPermission | 'unsupported';

/**
 * The browser's notifications, with no push server: they can only be shown while Tend is open
 * (or installed and kept alive by the browser). Behind an injectable so specs can replace it.
 */
@Injectable({ providedIn: 'root' })
export class SystemNotifications {
  access(): NotificationAccess {
    return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
  }

  /** Asks only when the user has just turned notifications on. */
  async request(): Promise<NotificationAccess> {
    if (typeof Notification === 'undefined') return 'unsupported';
    if (Notification.permission !== 'default') return Notification.permission;
    return Notification.requestPermission();
  }

  async show(title: string, body: string, url: string): Promise<void> {
    if (this.access() !== 'granted') return;
    const options: NotificationOptions = {
      body,
      tag: 'tend-check-in-reminder',
      icon: 'icons/icon-192.png',
      // Read by Angular's service worker: a tap opens or focuses Tend on the check-in page.
      data: { onActionClick: { default: { operation: 'navigateLastFocusedOrOpen', url } } },
    };
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) {
      await registration.showNotification(title, options);
    } else {
      new Notification(title, options);
    }
  }
}
