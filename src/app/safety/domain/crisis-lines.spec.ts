import { contactUri } from './contact-uri';
import { CRISIS_LINE_KINDS } from './crisis-line';
import { CRISIS_LINES, crisisLinesFor } from './crisis-lines';
import { REGION_CODES } from './regions';

/** RFC 3966 global number or short code (see contact-uri.ts on phone-context). */
const TEL = /^tel:\+?\d{3,15}$/;
/** RFC 5724 with an optional body of unreserved or percent-encoded characters. */
const SMS = /^sms:\+?\d{3,15}(\?body=([A-Za-z0-9\-._~]|%[0-9A-F]{2})+)?$/;

const hrefsFor = (region: (typeof REGION_CODES)[number]) =>
  crisisLinesFor(region).flatMap((line) => line.channels.map(contactUri));

describe('CRISIS_LINES', () => {
  it('gives every entry a unique id', () => {
    const ids = CRISIS_LINES.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every entry a real lastVerified date no later than the last review', () => {
    for (const line of CRISIS_LINES) {
      expect(line.lastVerified).withContext(line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const date = new Date(`${line.lastVerified}T00:00:00Z`);
      expect(date.toISOString().slice(0, 10)).withContext(line.id).toBe(line.lastVerified);
      expect(line.lastVerified <= '2026-11-29').withContext(line.id).toBeTrue();
    }
  });

  it('gives every entry a name, what it is, who it is for, hours and a way to reach it', () => {
    for (const line of CRISIS_LINES) {
      for (const text of [line.name, line.description, line.audience, line.hours]) {
        expect(text.trim()).withContext(line.id).not.toBe('');
      }
      expect(line.channels.length).withContext(line.id).toBeGreaterThan(0);
    }
  });

  it('turns every channel into a valid tel: or sms: URI', () => {
    for (const line of CRISIS_LINES) {
      for (const channel of line.channels) {
        const uri = contactUri(channel);
        expect(uri).withContext(line.id).toMatch(channel.kind === 'call' ? TEL : SMS);
      }
    }
  });

  it('keeps text keywords untranslated capitals', () => {
    const bodies = CRISIS_LINES.flatMap((l) => l.channels.flatMap((c) => c.body ?? []));
    expect(bodies).toEqual(['HOME', 'SHOUT', 'HELLO']);
  });
});

describe('crisisLinesFor', () => {
  for (const region of REGION_CODES) {
    it(`starts ${region} with an emergency number and orders by kind`, () => {
      const lines = crisisLinesFor(region);
      expect(lines[0]?.kind).toBe('emergency');
      const order = lines.map((line) => CRISIS_LINE_KINDS.indexOf(line.kind));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(lines.every((line) => line.region === region)).toBeTrue();
      expect(lines.some((line) => line.kind === 'crisis')).toBeTrue();
    });
  }

  const published: [(typeof REGION_CODES)[number], string[]][] = [
    ['us', ['tel:911', 'tel:988', 'sms:988', 'sms:741741?body=HOME', 'tel:+18884090141']],
    ['ca', ['tel:911', 'tel:988', 'sms:988']],
    ['es', ['tel:112', 'tel:024']],
    ['mx', ['tel:911', 'tel:8009112000']],
    ['uk', ['tel:999', 'tel:112', 'tel:116123', 'sms:85258?body=SHOUT']],
    ['ie', ['tel:112', 'tel:999', 'tel:116123', 'sms:50808?body=HELLO']],
    ['au', ['tel:000', 'tel:131114', 'sms:+61477131114']],
  ];
  for (const [region, hrefs] of published) {
    it(`lists the published numbers for ${region}, in order`, () => {
      expect(hrefsFor(region)).toEqual(hrefs);
    });
  }

  it('includes 988 and the Physician Support Line (last, as clinician support) in the US', () => {
    const us = crisisLinesFor('us');
    expect(us.find((l) => l.id === 'us-988')?.channels.map((c) => c.kind)).toEqual(['call', 'text']);
    const psl = us[us.length - 1];
    expect(psl?.id).toBe('us-physician-support-line');
    expect(psl?.kind).toBe('clinician');
    expect(psl?.channels[0]?.display).toBe('1-888-409-0141');
  });
});
