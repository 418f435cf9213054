import { addDays } from '../../check-in/domain';
import { PROMPT_CATEGORIES, PROMPT_CATEGORY_INFO } from './journal-prompt';
import { JOURNAL_PROMPTS, promptById, promptForDay, promptsIn } from './journal-prompts';

// Words that lecture, blame, diagnose or suggest someone is watching have no place in a prompt.
const OFF_TONE = /\b(should|must|ought|fail\w*|lazy|weak|diagnos\w*|symptom\w*|disorder|patholog\w*|monitor\w*|report\w*|supervisor|tracked)\b/i;

describe('journal prompt library', () => {
  it('holds at least 40 prompts', () => {
    expect(JOURNAL_PROMPTS.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every prompt a unique, stable-looking id', () => {
    const ids = JOURNAL_PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*-\d{2}$/);
  });

  it('puts at least four prompts in every category, and only known categories', () => {
    for (const category of PROMPT_CATEGORIES) {
      expect(promptsIn(category).length).withContext(category).toBeGreaterThanOrEqual(4);
      expect(PROMPT_CATEGORY_INFO[category].title.trim()).not.toBe('');
    }
    for (const prompt of JOURNAL_PROMPTS) {
      expect(PROMPT_CATEGORIES).withContext(prompt.id).toContain(prompt.category);
    }
  });

  it('has no empty, duplicate, overlong or off-tone text', () => {
    const seen = new Set<string>();
    for (const { id, text } of JOURNAL_PROMPTS) {
      const key = text.toLowerCase().replace(/\W+/g, ' ').trim();
      expect(key).withContext(id).not.toBe('');
      expect(seen.has(key)).withContext(`${id} duplicates another prompt`).toBeFalse();
      seen.add(key);
      expect(text).withContext(id).toBe(text.trim());
      expect(text.length).withContext(id).toBeLessThanOrEqual(200);
      expect(text).withContext(id).toMatch(/[.?”]$/);
      expect(text).withContext(id).not.toMatch(OFF_TONE);
    }
  });

  it('finds a prompt by id', () => {
    expect(promptById('gratitude-01')?.category).toBe('gratitude');
    expect(promptById('nope')).toBeUndefined();
  });

  it('suggests the same prompt all day and another the next day, never a loss prompt unasked', () => {
    expect(promptForDay('2026-03-08')).toBe(promptForDay('2026-03-08'));
    expect(promptForDay('2026-03-09')).not.toBe(promptForDay('2026-03-08'));
    const suggestions = Array.from({ length: 90 }, (_, i) => promptForDay(addDays('2026-01-01', i)));
    expect(suggestions.some((p) => p.category === 'after-a-loss')).toBeFalse();
    expect(new Set(suggestions).size).toBe(JOURNAL_PROMPTS.length - promptsIn('after-a-loss').length);
    expect(promptForDay('2026-03-08', 'after-a-loss').category).toBe('after-a-loss');
    expect(promptForDay('1990-05-01', 'boundaries').category).toBe('boundaries');
  });
});
