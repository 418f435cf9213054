import { CRISIS_LINE_KINDS, CrisisLine } from './crisis-line';
import { RegionCode } from './regions';

// Static, offline content. Every entry names the source it was checked against.
// `lastVerified` is 2026-11-29 only where that check confirmed the number and hours;
// otherwise it is the date of the newest source that did, so the UI never overstates it.

const ALWAYS_OPEN = $localize`:Opening hours of a service open all the time@@safety.hours.always:24 hours a day, 7 days a week`;

const EMERGENCY_DESCRIPTION = $localize`:@@safety.emergency.description:Police, ambulance and fire services.`;
const EMERGENCY_AUDIENCE = $localize`:@@safety.emergency.audience:Anyone whose life, or someone else's, is in danger right now.`;
const EMERGENCY_NAME = $localize`:Name of a country's emergency number@@safety.emergency.name:Emergency services`;

const SAMARITANS_NAME = $localize`:@@safety.samaritans.name:Samaritans`;
const SAMARITANS_DESCRIPTION = $localize`:@@safety.samaritans.description:Free, confidential listening by trained volunteers.`;
const SAMARITANS_AUDIENCE = $localize`:@@safety.samaritans.audience:Anyone who is struggling to cope, whatever it is about.`;

export const CRISIS_LINES: readonly CrisisLine[] = [
  // —— United States ——
  {
    // Source: the US 911 system; the 988 pages below (e.g. health.wyo.gov) say to call 911 when in immediate danger.
    id: 'us-emergency',
    region: 'us',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [{ kind: 'call', display: '911', dial: '911' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: health.wyo.gov 988 page; mcphs.edu 988 page (24/7, call or text, English and
    // Spanish, interpretation in 250+ languages via Language Line).
    id: 'us-988',
    region: 'us',
    kind: 'crisis',
    name: $localize`:@@safety.us988.name:988 Suicide & Crisis Lifeline`,
    description: $localize`:@@safety.us988.description:Free, confidential support from trained crisis counselors. Interpreters are available in over 250 languages.`,
    audience: $localize`:@@safety.us988.audience:Anyone in the US with thoughts of suicide, a mental health or substance use crisis, or any emotional distress, and people worried about someone else.`,
    channels: [
      { kind: 'call', display: '988', dial: '988' },
      { kind: 'text', display: '988', dial: '988' },
    ],
    hours: ALWAYS_OPEN,
    languages: ['en', 'es'],
    lastVerified: '2026-11-29',
  },
  {
    // Source: Crisis Text Line as described on sfisd.net and alexproject.org ("Text HOME to 741741
    // from anywhere in the USA, anytime"; free, 24/7, trained volunteer crisis counselors).
    id: 'us-crisis-text-line',
    region: 'us',
    kind: 'crisis',
    name: $localize`:@@safety.usCtl.name:Crisis Text Line`,
    description: $localize`:@@safety.usCtl.description:Free, confidential text conversation with a trained volunteer crisis counselor.`,
    audience: $localize`:@@safety.usCtl.audience:Anyone in the US, in any kind of crisis, who would rather text than talk.`,
    channels: [{ kind: 'text', display: '741741', dial: '741741', body: 'HOME' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: physiciansupportline.com/faq (free, confidential, volunteer US-licensed psychiatrists,
    // no appointment, for US MD/DO or international equivalent incl. medical students) and
    // ohiopsychiatry.org (number 1-888-409-0141); medicaleconomics.com (June 2023) is the newest
    // dated source that the line runs. Hours NOT confirmed: both stored sources say
    // 8am–1am ET 7 days a week, but the site is believed to have moved to weekdays only; we show
    // the narrower weekday hours and a caveat until someone confirms on the live site.
    id: 'us-physician-support-line',
    region: 'us',
    kind: 'clinician',
    name: $localize`:@@safety.usPsl.name:Physician Support Line`,
    description: $localize`:@@safety.usPsl.description:Free, confidential peer support from volunteer psychiatrists. No appointment needed. It is not treatment and does not start a doctor–patient relationship.`,
    audience: $localize`:@@safety.usPsl.audience:US physicians and medical students, including residents and fellows.`,
    channels: [{ kind: 'call', display: '1-888-409-0141', dial: '+18884090141' }],
    hours: $localize`:@@safety.usPsl.hours:Monday to Friday, 8:00 AM to 1:00 AM Eastern Time`,
    caveat: $localize`:@@safety.usPsl.caveat:Hours can change. If no one answers, call or text 988.`,
    lastVerified: '2023-06-01',
  },

  // —— Canada ——
  {
    // Source: Canada's 911 service (listed as the US & Canada emergency number by public resource lists).
    id: 'ca-emergency',
    region: 'ca',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [{ kind: 'call', display: '911', dial: '911' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: maplenow.ca and cmhasaskatoon.ca 9-8-8 pages (launched 30 Nov 2023, CAMH-coordinated,
    // call or text, 24/7, English and French).
    id: 'ca-988',
    region: 'ca',
    kind: 'crisis',
    name: $localize`:@@safety.ca988.name:9-8-8: Suicide Crisis Helpline`,
    description: $localize`:@@safety.ca988.description:Free support from trained responders, as close to home as possible.`,
    audience: $localize`:@@safety.ca988.audience:Anyone in Canada who is thinking about suicide, or worried about someone who is.`,
    channels: [
      { kind: 'call', display: '9-8-8', dial: '988' },
      { kind: 'text', display: '9-8-8', dial: '988' },
    ],
    hours: ALWAYS_OPEN,
    languages: ['en', 'fr'],
    lastVerified: '2026-11-29',
  },

  // —— Spain ——
  {
    // Source: 112 as Spain's and the EU's single emergency number (upday.com, xatakamovil.com).
    id: 'es-emergency',
    region: 'es',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [{ kind: 'call', display: '112', dial: '112' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: Ministerio de Sanidad's Línea 024 as reported by farodevigo.es (2025-10-11) and
    // rtve.es (free, confidential, 24 h, 365 days).
    id: 'es-024',
    region: 'es',
    kind: 'crisis',
    name: $localize`:@@safety.es024.name:024 — Línea de atención a la conducta suicida`,
    description: $localize`:@@safety.es024.description:Free, confidential line of the Ministry of Health, answered by trained professionals, mostly psychologists.`,
    audience: $localize`:@@safety.es024.audience:Anyone in Spain with thoughts of suicide, and their family and friends.`,
    channels: [{ kind: 'call', display: '024', dial: '024' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },

  // —— Mexico ——
  {
    // Source: Mexico's national 911 emergency number, nationwide since January 2017 (informador.com.mx, capitalmexico.com.mx).
    id: 'mx-emergency',
    region: 'mx',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [{ kind: 'call', display: '911', dial: '911' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: eluniversal.com.mx (2025-12-24) and tribunademexico.com (2026-01-13): 800 911 2000,
    // free, 24 h, 365 days, run by CONASAMA for the Secretaría de Salud.
    id: 'mx-linea-de-la-vida',
    region: 'mx',
    kind: 'crisis',
    name: $localize`:@@safety.mxVida.name:Línea de la Vida`,
    description: $localize`:@@safety.mxVida.description:Free national line for mental health and substance use, with emotional support and referral to care.`,
    audience: $localize`:@@safety.mxVida.audience:Anyone in Mexico with thoughts of suicide, emotional distress or a substance use problem, and the people close to them.`,
    channels: [{ kind: 'call', display: '800 911 2000', dial: '8009112000' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },

  // —— United Kingdom ——
  {
    // Source: 999 and 112 reach the same UK emergency call centres (wellingtonpractice.co.uk, citiesinsider.com).
    id: 'uk-emergency',
    region: 'uk',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [
      { kind: 'call', display: '999', dial: '999' },
      { kind: 'call', display: '112', dial: '112' },
    ],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: samaritans.org "Contact a Samaritan" (116 123 free from landlines and mobiles) and
    // samaritans.org news on 10 years of the freephone number (24/7).
    id: 'uk-samaritans',
    region: 'uk',
    kind: 'crisis',
    name: SAMARITANS_NAME,
    description: SAMARITANS_DESCRIPTION,
    audience: SAMARITANS_AUDIENCE,
    channels: [{ kind: 'call', display: '116 123', dial: '116123' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: Shout 85258 as described by independent.co.uk (2022) and its information pack
    // (free, confidential, 24/7; text SHOUT to 85258; not shown on the phone bill).
    id: 'uk-shout',
    region: 'uk',
    kind: 'crisis',
    name: $localize`:@@safety.ukShout.name:Shout`,
    description: $localize`:@@safety.ukShout.description:Free, confidential text support from trained volunteers. It does not show on your phone bill.`,
    audience: $localize`:@@safety.ukShout.audience:Anyone in the UK who is struggling to cope and would rather text.`,
    channels: [{ kind: 'text', display: '85258', dial: '85258', body: 'SHOUT' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },

  // —— Ireland ——
  {
    // Source: hse.ie "When to call 112 or 999" (both free, same emergency services).
    id: 'ie-emergency',
    region: 'ie',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [
      { kind: 'call', display: '112', dial: '112' },
      { kind: 'call', display: '999', dial: '999' },
    ],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: samaritans.org (116 123 free across the island of Ireland); newstalk.com and
    // irishexaminer.com on the Irish freephone helpline.
    id: 'ie-samaritans',
    region: 'ie',
    kind: 'crisis',
    name: SAMARITANS_NAME,
    description: SAMARITANS_DESCRIPTION,
    audience: SAMARITANS_AUDIENCE,
    channels: [{ kind: 'call', display: '116 123', dial: '116123' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: todayfm.com on the official launch (2020-06-16: free, anonymous, 24/7, HSE-funded)
    // and irishexaminer.com. The opening keyword HELLO is NOT confirmed (the 2020 launch used
    // "TALK"), so this entry keeps its source date until someone checks 50808.ie.
    id: 'ie-50808',
    region: 'ie',
    kind: 'crisis',
    name: $localize`:@@safety.ie50808.name:Text About It — 50808`,
    description: $localize`:@@safety.ie50808.description:Free, anonymous text support from trained volunteers, funded by the HSE.`,
    audience: $localize`:@@safety.ie50808.audience:Anyone in Ireland going through a mental health or emotional crisis.`,
    channels: [{ kind: 'text', display: '50808', dial: '50808', body: 'HELLO' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2020-06-16',
  },

  // —— Australia ——
  {
    // Source: qld.gov.au "Triple Zero (000)" (police, fire, ambulance; free from any phone).
    id: 'au-emergency',
    region: 'au',
    kind: 'emergency',
    name: EMERGENCY_NAME,
    description: EMERGENCY_DESCRIPTION,
    audience: EMERGENCY_AUDIENCE,
    channels: [{ kind: 'call', display: '000', dial: '000' }],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
  {
    // Source: lifeinmind.org.au (call 13 11 14, text 0477 13 11 14, both 24/7) and
    // thepushupchallenge.com.au quoting Lifeline (2024-06-12).
    id: 'au-lifeline',
    region: 'au',
    kind: 'crisis',
    name: $localize`:@@safety.auLifeline.name:Lifeline`,
    description: $localize`:@@safety.auLifeline.description:Confidential, one-to-one crisis support from a trained Lifeline crisis supporter.`,
    audience: $localize`:@@safety.auLifeline.audience:Anyone in Australia who is feeling overwhelmed or finding it hard to cope.`,
    channels: [
      { kind: 'call', display: '13 11 14', dial: '131114' },
      { kind: 'text', display: '0477 13 11 14', dial: '+61477131114' },
    ],
    hours: ALWAYS_OPEN,
    lastVerified: '2026-11-29',
  },
];

/** A region's resources: emergency services first, then crisis lines, then clinician support. */
export function crisisLinesFor(region: RegionCode): readonly CrisisLine[] {
  return CRISIS_LINE_KINDS.flatMap((kind) =>
    CRISIS_LINES.filter((line) => line.region === region && line.kind === kind),
  );
}
