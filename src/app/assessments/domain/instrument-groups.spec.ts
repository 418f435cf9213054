import { ABSENT_INSTRUMENTS } from './absent-instruments';
import { groupOf, INSTRUMENT_GROUPS } from './instrument-groups';
import { INSTRUMENTS } from './instruments/registry';

describe('instrument groups', () => {
  it('put every instrument in exactly one group and name no unknown instrument', () => {
    const grouped = INSTRUMENT_GROUPS.flatMap((g) => g.instrumentIds);
    expect([...grouped].sort()).toEqual(INSTRUMENTS.map((i) => i.id).sort());
    expect(groupOf('cbi')?.id).toBe('burnout');
  });

  it('say that burnout is occupational, not a medical condition', () => {
    expect(groupOf('proqol-5')?.meaning).toContain('occupational phenomenon, not a medical condition');
  });

  it('explain each deliberately absent instrument', () => {
    const names = ABSENT_INSTRUMENTS.map((a) => a.name).join(' ');
    for (const name of ['MBI', 'Mayo', 'Stanford', 'CD-RISC', 'Mini-Z', 'PSS', 'OLBI', 'UWES']) expect(names).toContain(name);
    expect(ABSENT_INSTRUMENTS.every((a) => a.detail.length > 10)).toBeTrue();
    expect(ABSENT_INSTRUMENTS.some((a) => INSTRUMENTS.some((i) => a.name.includes(`(${i.shortTitle})`)))).toBeFalse();
  });
});
