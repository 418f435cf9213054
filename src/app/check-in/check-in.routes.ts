import { Routes } from '@angular/router';
import { provideCheckInPagesState } from './state/provide-check-in-pages-state';

export default [
  {
    path: '',
    providers: provideCheckInPagesState(),
    children: [
      { path: '', title: $localize`:@@checkIn.title:Check-in`, data: { preload: true }, loadComponent: () => import('./ui/check-in-page') },
      { path: 'day/:day', title: $localize`:@@checkIn.pastTitle:Check-in for a past day`, loadComponent: () => import('./ui/check-in-page') },
      { path: 'history', title: $localize`:@@checkIn.historyTitle:Check-in history`, loadComponent: () => import('./ui/history-page') },
      { path: 'print', title: $localize`:@@checkIn.printTitle:Printable check-ins`, loadComponent: () => import('./ui/print-page') },
      { path: 'tags', title: $localize`:@@checkIn.tagsTitle:Manage tags`, loadComponent: () => import('./ui/tags-page') },
      { path: 'reminder', title: $localize`:@@checkIn.reminderTitle:Reminder and streak`, loadComponent: () => import('./ui/reminder-page') },
    ],
  },
] satisfies Routes;
