import { DEFAULT_REGION, REGION_CODES, RegionCode } from '../../shared/region';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];


export interface Settings {
  theme: ThemeChoice;
  /** Which country's crisis lines Get help now shows first. */
  region: RegionCode;
  /** The hour a new check-in day starts (0–12), so a 02:00 check-in after a night shift counts for the evening before. */
  dayStartHour: number;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', region: DEFAULT_REGION, dayStartHour: 4 };

/** Reads stored or imported settings, keeping every valid field and defaulting the rest. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    theme: oneOf(value.theme, THEME_CHOICES, DEFAULT_SETTINGS.theme),
    region: oneOf(value.region, REGION_CODES, DEFAULT_SETTINGS.region),
    dayStartHour: isDayStartHour(value.dayStartHour) ? value.dayStartHour : DEFAULT_SETTINGS.dayStartHour,
  };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function isDayStartHour(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 12;
}
