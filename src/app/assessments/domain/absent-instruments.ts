/** A well-known instrument Tend deliberately leaves out, and why. */
export interface AbsentInstrument {
  readonly name: string;
  readonly reason: 'licensed' | 'terms';
  readonly detail: string;
}

/**
 * Tend embeds only instruments whose owners let a free, open-source app reproduce them. These
 * are often asked for; the list says why each is absent, so no one mistakes it for an oversight.
 */
export const ABSENT_INSTRUMENTS: readonly AbsentInstrument[] = [
  {
    name: 'Maslach Burnout Inventory (MBI)',
    reason: 'licensed',
    detail: 'Sold under licence by Mind Garden; every administration must be licensed.',
  },
  {
    name: 'Mayo Clinic Well-Being Index',
    reason: 'licensed',
    detail: 'A licensed product of Mayo Clinic, offered to organizations by subscription.',
  },
  {
    name: 'Stanford Professional Fulfillment Index (PFI)',
    reason: 'licensed',
    detail: 'Use requires a licence agreement with Stanford University.',
  },
  {
    name: 'Connor-Davidson Resilience Scale (CD-RISC)',
    reason: 'licensed',
    detail: 'Its authors license every use, usually for a fee.',
  },
  {
    name: 'Mini-Z burnout survey',
    reason: 'terms',
    detail: 'Offered free for non-commercial use after registration; its terms do not cover reproduction in software that anyone may copy.',
  },
  {
    name: 'Perceived Stress Scale (PSS)',
    reason: 'terms',
    detail: 'Free for non-profit research and education only; other uses need permission.',
  },
  {
    name: 'Oldenburg Burnout Inventory (OLBI)',
    reason: 'terms',
    detail: 'No published terms say whether and how it may be reproduced.',
  },
  {
    name: 'Utrecht Work Engagement Scale (UWES)',
    reason: 'terms',
    detail: 'Free for non-commercial scientific use only.',
  },
];
