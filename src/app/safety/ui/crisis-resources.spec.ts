import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { RegionCode } from '../domain/regions';
import { CrisisResources } from './crisis-resources';

describe('CrisisResources', () => {
  let fixture: ComponentFixture<CrisisResources>;
  let host: HTMLElement;

  async function render(region: RegionCode, inputs: { headingLevel?: 2 | 3; compact?: boolean } = {}) {
    fixture.componentRef.setInput('region', region);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
  }

  const links = () => Array.from(host.querySelectorAll<HTMLAnchorElement>('a'));
  const link = (href: string) => links().find((a) => a.getAttribute('href') === href);
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CrisisResources],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(CrisisResources);
    host = fixture.nativeElement;
    document.body.appendChild(host);
  });

  afterEach(() => host.remove());

  it('links to 911, 988, Crisis Text Line and the Physician Support Line in the US', async () => {
    await render('us');
    expect(text(link('tel:911'))).toBe('Call 911');
    expect(text(link('tel:988'))).toBe('Call 988');
    expect(text(link('sms:988'))).toBe('Text 988');
    expect(text(link('sms:741741?body=HOME'))).toBe('Text HOME to 741741');
    expect(text(link('tel:+18884090141'))).toBe('Call 1-888-409-0141');
    expect(links().every((a) => /^(tel|sms):/.test(a.getAttribute('href') ?? ''))).toBeTrue();
  });

  it('puts the emergency number first and labels each kind in words, not colour alone', async () => {
    await render('us');
    const items = Array.from(host.querySelectorAll('li'));
    expect(text(items[0]?.querySelector('.badge'))).toBe('Emergency');
    expect(text(items[0]?.querySelector('a'))).toBe('Call 911');
    expect(text(items[1]?.querySelector('.badge'))).toBe('Crisis line');
    expect(text(items[items.length - 1]?.querySelector('.badge'))).toBe('For clinicians');
  });

  it('shows who a service is for, its hours, languages and when it was last verified', async () => {
    await render('us');
    const lifeline = link('tel:988')?.closest('li');
    expect(text(lifeline?.querySelector('.audience'))).toContain('Who it is for:');
    expect(text(lifeline)).toContain('24 hours a day, 7 days a week');
    expect(text(lifeline)).toContain('English and Spanish');
    const verified = lifeline?.querySelector('time');
    expect(verified?.getAttribute('datetime')).toBe('2026-11-29');
    expect(text(verified)).toBe('November 29, 2026');

    const psl = link('tel:+18884090141')?.closest('li');
    expect(text(psl)).toContain('Monday to Friday, 8:00 AM to 1:00 AM Eastern Time');
    expect(text(psl?.querySelector('.caveat'))).toBe('Hours can change. If no one answers, call or text 988.');
  });

  it('says that nothing is sent and nobody is notified', async () => {
    await render('us');
    expect(text(host.querySelector('.privacy'))).toContain('Tend sends nothing anywhere and tells no one.');
  });

  it('follows the region input', async () => {
    await render('us');
    await render('uk');
    expect(text(link('tel:999'))).toBe('Call 999');
    expect(text(link('tel:112'))).toBe('Call 112');
    expect(text(link('tel:116123'))).toBe('Call 116 123');
    expect(text(link('sms:85258?body=SHOUT'))).toBe('Text SHOUT to 85258');
    expect(link('tel:988')).toBeUndefined();

    await render('au');
    expect(links().map((a) => a.getAttribute('href'))).toEqual([
      'tel:000',
      'tel:131114',
      'sms:+61477131114',
    ]);
    expect(text(link('sms:+61477131114'))).toBe('Text 0477 13 11 14');
  });

  it('gives every link a tap target of at least 48 by 48 pixels', async () => {
    await render('ie');
    expect(links().length).toBe(4);
    for (const a of links()) {
      const { width, height } = a.getBoundingClientRect();
      expect(height).withContext(a.href).toBeGreaterThanOrEqual(48);
      expect(width).withContext(a.href).toBeGreaterThanOrEqual(48);
    }
  });

  it('nests its headings under the level it is given', async () => {
    await render('ca');
    const heading = host.querySelector('h2');
    expect(text(heading)).toBe('Call or text someone now');
    expect(host.querySelector('section')?.getAttribute('aria-labelledby')).toBe(heading?.id ?? null);
    expect(host.querySelectorAll('h3').length).toBe(2);

    await render('ca', { headingLevel: 3 });
    expect(host.querySelector('h2')).toBeNull();
    expect(text(host.querySelector('h3'))).toBe('Call or text someone now');
    expect(Array.from(host.querySelectorAll('h4')).map(text)).toEqual([
      'Emergency services',
      '9-8-8: Suicide Crisis Helpline',
    ]);
  });

  it('leaves out descriptions when compact but keeps every link and the hours', async () => {
    await render('ca', { compact: true });
    expect(host.querySelector('.description')).toBeNull();
    expect(host.querySelector('.audience')).toBeNull();
    expect(links().map((a) => a.getAttribute('href'))).toEqual(['tel:911', 'tel:988', 'sms:988']);
    expect(text(host)).toContain('24 hours a day, 7 days a week');
  });
});
