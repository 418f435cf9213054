// The seeded "ten-year heavy user" the benchmark loads into IndexedDB. Records are built with the
// app's own domain code and stored in the repositories' layout ({ k, v, ...index fields }).
import '@angular/localize/init';
// Domain modules only (pure TypeScript): the features' index files also export Angular state.
import { addDays } from '../src/app/shared/time/calendar-day';
import { CheckIn, Rating, SHIFT_TYPES, Tag } from '../src/app/check-in/domain/check-in';
import type { JournalEntry } from '../src/app/journal/domain/journal-entry';
import { INSTRUMENTS } from '../src/app/assessments/domain/instruments/registry';
import type { StoredAssessment } from '../src/app/assessments/domain/stored-assessment';
import { GRATITUDE_PROMPTS } from '../src/app/journal/domain/prompts/gratitude';
import { THREE_GOOD_THINGS_PROMPTS } from '../src/app/journal/domain/prompts/three-good-things';
import { REVISION_FIELD, revisionToken } from '../src/app/core/db/revision';

const PROMPTS = [...GRATITUDE_PROMPTS, ...THREE_GOOD_THINGS_PROMPTS];
import { between, pick, seededRandom } from './random';

export interface StoredRecord {
  k: IDBValidKey;
  v: unknown;
  [index: string]: unknown;
}

export interface HeavyUser {
  stores: Record<string, StoredRecord[]>;
  counts: Record<string, number>;
  journalWords: string[];
}

const YEARS_OF_DAYS = 3650;
const ZONE = 'America/New_York';
const WORDS = (
  'shift patient night call team family tired grateful sleep coffee rounds nurse resident attending ' +
  'code pager charting handoff clinic hallway breath walk laugh cried quiet kind hard long good ' +
  'meeting student teaching mistake learned proud worried home dinner rain sun weekend run friend ' +
  'colleague thanked listened waited decided boundary rest enough small moment light heavy hope'
).split(' ');

export function buildHeavyUser(seed = 2026, lastDay = '2026-11-28'): HeavyUser {
  const random = seededRandom(seed);
  const firstDay = addDays(lastDay, -(YEARS_OF_DAYS - 1));
  const tags: Tag[] = ['ICU', 'ED', 'Clinic', 'Teaching', 'Exercise', 'Family', 'On call', 'Vacation'].map(
    (name, i) => ({ id: `tag-${i}`, name, archived: false }),
  );
  const rating = (center: number): Rating => Math.min(5, Math.max(1, Math.round(center + (random() - 0.5) * 2.5))) as Rating;

  const checkIns: CheckIn[] = [];
  const journal: JournalEntry[] = [];
  for (let i = 0; i < YEARS_OF_DAYS; i++) {
    const day = addDays(firstDay, i);
    const shift = pick(random, SHIFT_TYPES);
    const sleepHours = Math.round((5 + random() * 4) * 2) / 2;
    const stamp = `${day}T21:30:00.000Z`;
    checkIns.push({
      day,
      zone: ZONE,
      mood: rating(2.5 + sleepHours / 4),
      energy: rating(3),
      stress: rating(shift === 'off' ? 2 : 3.5),
      sleepHours,
      sleepQuality: rating(3),
      hoursWorked: shift === 'off' ? 0 : shift === 'call24' ? 24 : between(random, 8, 13),
      shift,
      tagIds: tags.filter(() => random() < 0.2).map((t) => t.id),
      note: random() < 0.3 ? sentence(random, 12) : '',
      createdAt: stamp,
      updatedAt: stamp,
    });
    journal.push({
      id: `entry-${i}`,
      createdAt: stamp,
      updatedAt: stamp,
      mood: random() < 0.7 ? rating(3) : null,
      tagIds: tags.filter(() => random() < 0.15).map((t) => t.id),
      promptId: random() < 0.5 ? pick(random, PROMPTS).id : null,
      // 100–200 words: 150 on average.
      text: paragraphs(random, between(random, 100, 200)),
    });
  }

  // 240 assessments: 30 of each of the 8 instruments, spread over the ten years.
  const assessments: StoredAssessment[] = [];
  INSTRUMENTS.forEach((instrument, n) => {
    for (let i = 0; i < 30; i++) {
      const day = addDays(firstDay, Math.floor(((i + n / INSTRUMENTS.length) * YEARS_OF_DAYS) / 30));
      const answers: Record<string, string> = {};
      for (const item of instrument.items) {
        const options = instrument.optionSets.find((set) => set.id === item.optionSetId)!.options;
        answers[item.id] = pick(random, options).id;
      }
      assessments.push({
        id: `assessment-${instrument.id}-${i}`,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        scoringVersion: instrument.scoringVersion,
        startedAt: `${day}T20:00:00.000Z`,
        takenAt: `${day}T20:05:00.000Z`,
        answers,
      });
    }
  });

  return {
    stores: {
      assessments: assessments.map((a) => ({ k: a.id, v: a, instrumentId: a.instrumentId, takenAt: a.takenAt })),
      checkins: checkIns.map((c) => ({ k: c.day, v: c, [REVISION_FIELD]: revisionToken(c.updatedAt) })),
      tags: tags.map((t) => ({ k: t.id, v: t })),
      journal: journal.map((e) => ({ k: e.id, v: e, createdAt: e.createdAt, [REVISION_FIELD]: revisionToken(e.updatedAt) })),
    },
    counts: { checkins: checkIns.length, tags: tags.length, journal: journal.length, assessments: assessments.length },
    journalWords: WORDS,
  };
}

function sentence(random: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => pick(random, WORDS));
  chosen[0] = chosen[0][0].toUpperCase() + chosen[0].slice(1);
  return `${chosen.join(' ')}.`;
}

function paragraphs(random: () => number, words: number): string {
  const out: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, between(random, 8, 18));
    out.push(sentence(random, n));
    left -= n;
  }
  return out.join(' ');
}
