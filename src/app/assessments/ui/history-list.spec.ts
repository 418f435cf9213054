import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { StoredAssessment } from '../domain';
import { WHO_5 } from '../domain/instruments';
import { storedWho5 } from '../domain/testing/stored-who5';
import { buildHistoryView } from '../state/views/history-view';
import { HistoryList } from './history-list';

describe('HistoryList', () => {
  let fixture: ComponentFixture<HistoryList>;
  let host: HTMLElement;
  const result = (id: string, value: number, takenAt: string) => storedWho5(id, takenAt, value);
  const rows = buildHistoryView(
    WHO_5,
    [result('b', 4, '2025-03-01T12:00:00.000Z'), { ...result('a', 1, '2025-02-01T12:00:00.000Z'), answers: { q1: 'bogus' } }],
    'off',
  ).rows;
  const buttons = () => Array.from(host.querySelectorAll<HTMLButtonElement>('button'));
  const button = (name: string) => buttons().find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(name))!;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([])] });
    fixture = TestBed.createComponent(HistoryList);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('instrumentId', 'who-5');
    await fixture.whenStable();
  });
  afterEach(() => host.remove());

  it('lists each result with its date linking to it, its score and band, or why it cannot be scored', () => {
    const items = host.querySelectorAll('.row');
    expect(items.length).toBe(2);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('/assess/who-5/result/b');
    expect(items[0].textContent).toContain('80');
    expect(items[0].textContent).toContain('Above the poor well-being cut-off');
    expect(items[1].textContent).toContain('Could not be scored');
  });

  it('deletes only after confirmation, and Keep it cancels', async () => {
    const deleted: StoredAssessment[] = [];
    fixture.componentInstance.delete.subscribe((a) => deleted.push(a));
    buttons()[0].click();
    await fixture.whenStable();
    expect(deleted).toEqual([]);
    expect(document.activeElement).toBe(button('Keep it'));
    button('Keep it').click();
    await fixture.whenStable();
    expect(button('Keep it')).toBeUndefined();

    buttons()[0].click();
    await fixture.whenStable();
    button('Delete result').click();
    expect(deleted.map((a) => a.id)).toEqual(['b']);
  });
});
