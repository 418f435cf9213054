import { INSTRUMENT_SHORT_TITLES, isKnownInstrument } from './instrument-names';
import { INSTRUMENTS } from './instruments/registry';

describe('instrument names', () => {
  it('name every embedded instrument, and only those, with its short title', () => {
    expect(INSTRUMENT_SHORT_TITLES).toEqual(Object.fromEntries(INSTRUMENTS.map((i) => [i.id, i.shortTitle])));
  });

  it('know an embedded instrument and nothing else', () => {
    expect(isKnownInstrument('phq-9')).toBeTrue();
    expect(isKnownInstrument('mbi')).toBeFalse();
    expect(isKnownInstrument('toString')).toBeFalse();
  });
});
