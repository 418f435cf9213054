import { Tag } from './check-in';
import { tagUsage } from './tag-usage';

describe('tagUsage', () => {
  const tags: Tag[] = [
    { id: 'a', name: 'ICU', archived: false },
    { id: 'b', name: 'Clinic', archived: false },
    { id: 'c', name: 'Teaching', archived: true },
    { id: 'd', name: 'Unused', archived: false },
  ];

  it('counts records per tag, most used first then by name, skipping unused and unknown tags', () => {
    const usage = tagUsage(
      [{ tagIds: ['a', 'c'] }, { tagIds: ['a', 'b', 'zzz'] }, { tagIds: ['c', 'c'] }, { tagIds: [] }],
      tags,
    );
    expect(usage.map((u) => [u.tag.name, u.count])).toEqual([
      ['ICU', 2],
      ['Teaching', 2],
      ['Clinic', 1],
    ]);
  });
});
