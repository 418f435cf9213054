import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReminderInterval } from '../domain';
import { ReminderPicker } from './reminder-picker';

describe('ReminderPicker', () => {
  it('offers off, every 2 weeks, monthly and every 3 months, and emits the choice', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(ReminderPicker);
    fixture.componentRef.setInput('interval', 'monthly');
    fixture.componentRef.setInput('shortTitle', 'PHQ-9');
    fixture.componentRef.setInput('nextDueOn', '2025-04-01');
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    const select = host.querySelector('select')!;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Off', 'Every 2 weeks', 'Monthly', 'Every 3 months']);
    expect(select.value).toBe('monthly');
    expect(host.querySelector('label')!.textContent).toContain('take the PHQ-9 again');
    expect(host.textContent).toContain('Next due Apr 1, 2025.');

    const chosen: ReminderInterval[] = [];
    fixture.componentInstance.changed.subscribe((i) => chosen.push(i));
    select.value = 'every-3-months';
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual(['every-3-months']);
  });
});
