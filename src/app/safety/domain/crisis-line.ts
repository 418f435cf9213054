import { RegionCode } from './regions';

/** Emergency services first, then crisis lines, then support meant for clinicians. */
export const CRISIS_LINE_KINDS = ['emergency', 'crisis', 'clinician'] as const;
export type CrisisLineKind = (typeof CRISIS_LINE_KINDS)[number];

/** One way to reach a service: a call or a text message. */
export interface ContactChannel {
  kind: 'call' | 'text';
  /** The number as people in the region write it, e.g. "1-888-409-0141". */
  display: string;
  /** Digits only, with a leading "+" for international form; what goes into the URI. */
  dial: string;
  /** The keyword a text starts with, e.g. "HOME"; never translated. */
  body?: string;
}

export interface CrisisLine {
  id: string;
  region: RegionCode;
  kind: CrisisLineKind;
  name: string;
  /** What the service is. */
  description: string;
  /** Who it is for. */
  audience: string;
  channels: readonly ContactChannel[];
  hours: string;
  /** BCP 47 language codes the service answers in, where that matters. */
  languages?: readonly string[];
  /** Something the user should know before relying on this entry. */
  caveat?: string;
  /** YYYY-MM-DD: when a person last checked this entry against its source. */
  lastVerified: string;
}
