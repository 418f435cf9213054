/** Every top-level screen, with the heading a user should land on. */
export const TOP_LEVEL_ROUTES: readonly { path: string; heading: string }[] = [
  { path: '/', heading: 'Today' },
  { path: '/check-in', heading: 'Check-in' },
  { path: '/journal', heading: 'Journal' },
  { path: '/assess', heading: 'Assess' },
  { path: '/practice', heading: 'Practice' },
  { path: '/trends', heading: 'Trends' },
  { path: '/credit', heading: 'Credit' },
  { path: '/programs', heading: 'Programs' },
  { path: '/settings', heading: 'Settings' },
  { path: '/help', heading: 'Get help now' },
  { path: '/more', heading: 'More' },
];
