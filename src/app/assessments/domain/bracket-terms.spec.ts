import { fillBracketTerms, withProfession } from './bracket-terms';
import { PROQOL_5 } from './instruments/proqol-5';

const text = (n: number) => PROQOL_5.items[n - 1].text;

describe('withProfession', () => {
  const table: [string, string | null | undefined, string][] = [
    ['I like my work as a [helper].', 'physician', 'I like my work as a physician.'],
    ['I like my work as a [helper].', 'nurse', 'I like my work as a nurse.'],
    ['I like my work as a [helper].', 'anesthesiologist', 'I like my work as an anesthesiologist.'],
    ['I am a "success" as a [helper].', '  Emergency   physician ', 'I am a "success" as an Emergency physician.'],
    ['I like my work as a [helper].', '', 'I like my work as a [helper].'],
    ['I like my work as a [helper].', '   ', 'I like my work as a [helper].'],
    ['I like my work as a [helper].', null, 'I like my work as a [helper].'],
    ['I like my work as a [helper].', undefined, 'I like my work as a [helper].'],
    ['I like my work as a [helper].', '[pharmacist]', 'I like my work as a pharmacist.'],
  ];
  for (const [from, profession, to] of table) {
    it(`turns "${from}" with ${JSON.stringify(profession)} into "${to}"`, () => expect(withProfession(from, profession)).toBe(to));
  }

  it('leaves the other bracketed words as published', () => {
    expect(withProfession(text(2), 'physician')).toBe('I am preoccupied with more than one person I [help].');
    expect(withProfession(PROQOL_5.instructions ?? '', 'nurse')).toContain('both positive and negative, as a nurse.');
    expect(withProfession(PROQOL_5.instructions ?? '', 'nurse')).toContain('When you [help] people');
  });

  it('substitutes every "[helper]" in every ProQOL item and leaves items without it untouched', () => {
    for (const item of PROQOL_5.items) {
      const personal = withProfession(item.text, 'physician');
      expect(personal).not.toContain('[helper]');
      if (!item.text.includes('[helper]')) expect(personal).toBe(item.text);
    }
    expect(withProfession(text(7), 'physician')).toBe('I find it difficult to separate my personal life from my life as a physician.');
  });
});

describe('fillBracketTerms', () => {
  it('fills the given tokens and keeps the rest', () => {
    expect(fillBracketTerms(text(20), { help: 'care for' })).toBe(
      'I have happy thoughts and feelings about those I care for and how I could help them.',
    );
    expect(fillBracketTerms(text(21), {})).toBe(text(21));
  });
});
