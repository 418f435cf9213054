import { Tag } from '../../check-in/domain';
import { parseCsv } from '../../shared/csv';
import { JournalEntry } from './journal-entry';
import { journalEntriesToCsv } from './journal-csv';
import { promptById } from './journal-prompts';

describe('journalEntriesToCsv', () => {
  const tags: Tag[] = [
    { id: 'a', name: 'Nights', archived: false },
    { id: 'b', name: 'Family, friends', archived: false },
  ];
  const later: JournalEntry = {
    id: 'e2', createdAt: '2026-03-09T10:00:00.000Z', updatedAt: '2026-03-09T11:00:00.000Z', mood: 4,
    tagIds: ['a', 'b'], promptId: 'gratitude-01',
    text: 'Line one, with a comma.\r\nLine "two" with quotes.\n¿Y mañana? 🌱',
  };
  const earlier: JournalEntry = {
    id: 'e1', createdAt: '2026-03-08T07:00:00.000Z', updatedAt: '2026-03-08T07:00:00.000Z', mood: null,
    tagIds: [], promptId: 'retired-prompt-99', text: 'short',
  };

  it('writes a header and one row per entry, oldest first, that read back exactly', () => {
    const parsed = parseCsv(journalEntriesToCsv([later, earlier], tags));
    expect(parsed).toEqual({
      ok: true,
      rows: [
        ['id', 'created', 'updated', 'mood', 'tags', 'prompt', 'text'],
        ['e1', earlier.createdAt, earlier.updatedAt, '', '', 'retired-prompt-99', 'short'],
        ['e2', later.createdAt, later.updatedAt, '4', 'Nights; Family, friends', promptById('gratitude-01')?.text ?? '', later.text],
      ],
    });
  });

  it('neutralises text and tag names a spreadsheet would run as formulas, and keeps the mood a number', () => {
    const hostileTags: Tag[] = [
      { id: 'h1', name: '+cmd', archived: false },
      { id: 'h2', name: '@SUM(1+1)*cmd', archived: false },
    ];
    const entry: JournalEntry = { ...earlier, mood: 2, promptId: null, tagIds: ['h1', 'h2'], text: '=1+1' };
    const [, row] = journalEntriesToCsv([entry], hostileTags).split('\r\n');
    expect(row).toBe(`e1,${entry.createdAt},${entry.updatedAt},2,"'+cmd; @SUM(1+1)*cmd",,"'=1+1"`);
  });

  it('quotes fields as RFC 4180 requires', () => {
    const csv = journalEntriesToCsv([later], tags);
    expect(csv).toContain('"Nights; Family, friends"');
    expect(csv).toContain('"Line one, with a comma.\r\nLine ""two"" with quotes.\n¿Y mañana? 🌱"\r\n');
  });
});
