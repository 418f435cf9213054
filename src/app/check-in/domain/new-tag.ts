import { Tag } from './check-in';
import { createTag } from './tags';

/**
 * A tag named `name` beside `tags` (archived ones too, so no name repeats an old one), or why that
 * name cannot be used: the answer a tag picker's `create` gives. Kept out of the domain index, which
 * Today loads; other features reach it through `check-in/tag-writes`.
 */
export function newTag(tags: readonly Tag[], name: string, id: string): { tag: Tag } | { problem: string } {
  const result = createTag(tags, name, id);
  return result.ok ? { tag: result.value[result.value.length - 1] } : { problem: result.issues[0].message };
}
