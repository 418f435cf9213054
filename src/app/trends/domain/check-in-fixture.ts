import { CheckIn } from '../../check-in/domain';

/** Test data only: a plain check-in for `day`, with whatever the spec cares about overridden. */
export function aCheckIn(day: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    day,
    zone: 'Europe/London',
    mood: 3,
    energy: 3,
    stress: 3,
    sleepHours: 7,
    sleepQuality: 3,
    hoursWorked: 8,
    shift: 'day',
    tagIds: [],
    note: '',
    createdAt: `${day}T20:00:00.000Z`,
    updatedAt: `${day}T20:00:00.000Z`,
    ...overrides,
  };
}
