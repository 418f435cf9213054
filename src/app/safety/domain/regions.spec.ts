import { DEFAULT_REGION, isRegionCode, REGION_CODES, REGIONS } from './regions';

describe('REGIONS', () => {
  it('lists every region code once, in order, with a display name', () => {
    expect(REGIONS.map((r) => r.code)).toEqual([...REGION_CODES]);
    expect(REGIONS.find((r) => r.code === 'uk')?.name).toBe('United Kingdom');
    for (const region of REGIONS) expect(region.name.trim()).not.toBe('');
  });

  it('defaults to the United States', () => {
    expect(DEFAULT_REGION).toBe('us');
  });
});

describe('isRegionCode', () => {
  it('accepts known codes and rejects anything else', () => {
    for (const code of REGION_CODES) expect(isRegionCode(code)).toBeTrue();
    for (const value of ['US', 'gb', 'fr', '', null, undefined, 1, {}]) {
      expect(isRegionCode(value)).withContext(String(value)).toBeFalse();
    }
  });
});
