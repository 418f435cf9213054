import { InstrumentDefinition } from './instrument-definition';
import { findInstrument, INSTRUMENTS } from './instruments/registry';
import { PHQ_9 } from './instruments/phq-9';
import { ScaleDefinition } from './scale-definition';
import { validateInstrument } from './validate-instrument';

describe('validateInstrument', () => {
  describe('every shipped definition', () => {
    for (const definition of INSTRUMENTS) {
      it(`${definition.id} has no schema problems`, () => {
        expect(validateInstrument(definition)).toEqual([]);
      });
    }

    it('have unique ids, and findInstrument finds each', () => {
      const ids = INSTRUMENTS.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(findInstrument(id)?.id).toBe(id);
      expect(findInstrument('mbi')).toBeUndefined();
    });

    it('suggest only instruments that exist', () => {
      const suggested = INSTRUMENTS.flatMap((d) => d.nextSteps.map((s) => s.suggestInstrumentId)).filter((id) => id);
      expect(suggested.length).toBeGreaterThan(0);
      for (const id of suggested) expect(findInstrument(id ?? '')).withContext(String(id)).toBeDefined();
    });

    it('carry attribution, license terms and verbatim-wording sources', () => {
      for (const d of INSTRUMENTS) {
        expect(d.terms.text.length).withContext(d.id).toBeGreaterThan(40);
        expect(d.attribution.citation).withContext(d.id).toMatch(/\d{4}/);
        expect(d.wordingSource.length).withContext(d.id).toBeGreaterThan(20);
      }
    });
  });

  describe('catches a broken definition', () => {
    const withTotal = (change: Partial<ScaleDefinition>): InstrumentDefinition => ({
      ...PHQ_9,
      scales: PHQ_9.scales.map((s) => (s.id === 'total' ? { ...s, ...change } : s)),
    });
    const totalBands = PHQ_9.scales[0].banding?.bands ?? [];
    const bandsWith = (bands: typeof totalBands) => withTotal({ banding: { source: 'x', bands } });

    const mild = (max: number) => totalBands.map((b) => (b.id === 'mild' ? { ...b, max } : b));
    const severeTo = (max: number) => totalBands.map((b) => (b.id === 'severe' ? { ...b, max } : b));
    const item = (id: string, change: object) => PHQ_9.items.map((i) => (i.id === id ? { ...i, ...change } : i));
    const extraItem = { ...PHQ_9.items[0], id: 'q11', number: 11 };
    const unsourced = { scaleId: 'total', minimumChange: 5, source: '' };
    const unknownItem = { ...PHQ_9.safetyRules[0], when: { item: 'q10', is: '>=' as const, value: 1 } };

    const cases: [string, InstrumentDefinition, string][] = [
      ['a gap between bands', bandsWith(totalBands.filter((b) => b.id !== 'mild')), 'score 5 falls in 0 bands'],
      ['overlapping bands', bandsWith(mild(10)), 'bands mild and moderate overlap'],
      ['bands short of the maximum', bandsWith(severeTo(26)), 'score 27 falls in 0 bands'],
      ['a band without a source', withTotal({ banding: { source: ' ', bands: totalBands } }), 'bands have no source'],
      ['a wrong declared range', withTotal({ range: { min: 0, max: 30 } }), 'range 0–30 is not 0–27'],
      ['a partial sum', withTotal({ minAnswered: 8 }), 'sums need every item'],
      ['an unknown reverse item', { ...PHQ_9, reverseItemIds: ['q99'] }, 'reverse item q99 is not a scored item'],
      ['a safety rule on an unknown item', { ...PHQ_9, safetyRules: [unknownItem] }, 'rule item-9 refers to an unknown item or scale'],
      ['missing license text', { ...PHQ_9, terms: { ...PHQ_9.terms, text: '' } }, 'terms.text is empty'],
      ['an item without options', { ...PHQ_9, items: item('q3', { optionSetId: 'none' }) }, 'item q3 uses unknown option set none'],
      ['duplicate item ids', { ...PHQ_9, items: [...PHQ_9.items, PHQ_9.items[0]] }, 'duplicate item id: q1'],
      ['a scored item in no scale', { ...PHQ_9, items: [...PHQ_9.items, extraItem] }, 'item q11 is in no scale'],
      ['an undeclared bracketed term', { ...PHQ_9, items: item('q1', { text: 'As a [helper]' }) }, 'term [helper] is not declared'],
      ['a change rule without a source', { ...PHQ_9, changeRules: [unsourced] }, 'a size and a source'],
      ['a site link that is not https', { ...PHQ_9, terms: { ...PHQ_9.terms, link: { href: 'http://x.org/', text: 'x.org' } } }, 'terms.link'],
    ];

    for (const [what, definition, problem] of cases) {
      it(`reports ${what}`, () => {
        expect(validateInstrument(definition).join('\n')).toContain(problem);
      });
    }
  });
});
