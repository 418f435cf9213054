import { Tag } from './check-in';
import { activeTags, archiveTag, createTag, findTagByName, renameTag, restoreTag } from './tags';

const tags: Tag[] = [
  { id: 't1', name: 'ICU', archived: false },
  { id: 't2', name: 'Night float', archived: false },
  { id: 't3', name: 'Teaching', archived: true },
];

describe('tags', () => {
  it('creates a tag with a tidied name, leaving the original list untouched', () => {
    const result = createTag(tags, '  Code   blue ', 't4');
    expect(result).toEqual({ ok: true, value: [...tags, { id: 't4', name: 'Code blue', archived: false }] });
    expect(tags.length).toBe(3);
  });

  const refused: [string, string, RegExp][] = [
    ['an empty name', '   ', /Give the tag a name/],
    ['a name differing only in case', 'icu', /already a tag called “ICU”/],
    ['a name differing only in spacing', 'Night  float', /already a tag called/],
    ['the name of an archived tag', 'teaching', /archived tag .* Restore it/],
    ['a name over 40 characters', 'x'.repeat(41), /40 characters \(this one has 41\)/],
  ];
  for (const [why, name, message] of refused) {
    it(`refuses ${why}`, () => {
      const result = createTag(tags, name, 't9');
      expect(result.ok).toBeFalse();
      expect(!result.ok && result.issues[0].message).toMatch(message);
    });
  }

  it('refuses to reuse an id', () => {
    expect(createTag(tags, 'Clinic', 't1').ok).toBeFalse();
  });

  it('renames a tag, including a change of case of its own name', () => {
    const result = renameTag(tags, 't1', 'icu');
    expect(result.ok && result.value[0]).toEqual({ id: 't1', name: 'icu', archived: false });
  });

  it('refuses to rename onto another tag or a missing tag', () => {
    expect(renameTag(tags, 't1', 'night float').ok).toBeFalse();
    const missing = renameTag(tags, 'nope', 'Clinic');
    expect(!missing.ok && missing.issues[0]).toEqual({ field: 'id', message: 'That tag no longer exists.' });
  });

  it('archives and restores a tag', () => {
    const archived = archiveTag(tags, 't2');
    if (!archived.ok) return fail(archived.issues);
    expect(activeTags(archived.value).map((t) => t.id)).toEqual(['t1']);
    const restored = restoreTag(archived.value, 't2');
    expect(restored.ok && activeTags(restored.value).map((t) => t.name)).toEqual(['ICU', 'Night float']);
  });

  it('finds a tag by name regardless of case and spacing', () => {
    expect(findTagByName(tags, ' night FLOAT ')?.id).toBe('t2');
    expect(findTagByName(tags, 'Clinic')).toBeUndefined();
  });
});
