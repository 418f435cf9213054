import { CBI } from './instruments/cbi';
import { PHQ_9 } from './instruments/phq-9';
import { INSTRUMENTS } from './instruments/registry';
import { scoreInstrument } from './score-instrument';

describe('scoreInstrument', () => {
  it('scores nothing without answers and lists every required item', () => {
    const result = scoreInstrument(PHQ_9, null);
    expect(result.status).toBe('incomplete');
    if (result.status === 'incomplete') expect(result.missingItemIds).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9']);
  });

  it('never throws on malformed stored answers', () => {
    for (const d of INSTRUMENTS) {
      const junk = Object.fromEntries(d.items.map((i, n) => [i.id, n % 2 ? 42 : { x: 1 }])) as unknown as Record<string, string>;
      expect(() => scoreInstrument(d, junk)).withContext(d.id).not.toThrow();
      expect(scoreInstrument(d, junk).status).withContext(d.id).toBe('incomplete');
    }
  });

  it('scores every instrument once every item has its lowest option, with every primary scale banded', () => {
    for (const d of INSTRUMENTS) {
      const last = (setId: string) => d.optionSets.find((s) => s.id === setId)?.options.at(-1)?.id ?? '';
      const lowest = Object.fromEntries(d.items.map((i) => [i.id, last(i.optionSetId)]));
      const result = scoreInstrument(d, lowest, { sex: 'female' });
      expect(result.status).withContext(d.id).toBe('scored');
      if (result.status !== 'scored') continue;
      for (const scale of result.scales) expect(scale.band).withContext(`${d.id} ${scale.scaleId}`).not.toBeNull();
    }
  });

  it('stamps results with the instrument id, version and scoring version', () => {
    const result = scoreInstrument(CBI, {});
    expect(result.instrumentId).toBe('cbi');
    expect(result.instrumentVersion).toBe(CBI.version);
    expect(result.scoringVersion).toBe(CBI.scoringVersion);
  });
});
