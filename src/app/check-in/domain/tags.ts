import { Tag } from './check-in';
import { Validated } from './result';

export const TAG_NAME_MAX_LENGTH = 40;

type TagField = 'name' | 'id';
type TagsResult = Validated<Tag[], TagField>;

/** Names compare without case or extra spaces: "ICU", "icu" and " ICU " are one tag. */
export function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function findTagByName(tags: readonly Tag[], name: string): Tag | undefined {
  const key = nameKey(name);
  return tags.find((tag) => nameKey(tag.name) === key);
}

/** Why `name` cannot be used (for the tag `exceptId`, when renaming), or null if it can. */
export function tagNameProblem(tags: readonly Tag[], name: string, exceptId?: string): string | null {
  const normalized = normalizeTagName(name);
  if (normalized === '') return 'Give the tag a name.';
  const length = [...normalized].length;
  if (length > TAG_NAME_MAX_LENGTH) {
    return `Keep tag names to ${TAG_NAME_MAX_LENGTH} characters (this one has ${length}).`;
  }
  const clash = findTagByName(tags, normalized);
  if (clash && clash.id !== exceptId) {
    return clash.archived
      ? `An archived tag is already called “${clash.name}”. Restore it instead.`
      : `There is already a tag called “${clash.name}”.`;
  }
  return null;
}

export function createTag(tags: readonly Tag[], name: string, id: string): TagsResult {
  if (tags.some((tag) => tag.id === id)) return failure('id', 'That tag already exists.');
  const problem = tagNameProblem(tags, name);
  if (problem) return failure('name', problem);
  return { ok: true, value: [...tags, { id, name: normalizeTagName(name), archived: false }] };
}

export function renameTag(tags: readonly Tag[], id: string, name: string): TagsResult {
  const problem = tagNameProblem(tags, name, id);
  if (problem) return failure('name', problem);
  return update(tags, id, { name: normalizeTagName(name) });
}

/** Archived tags leave the picker but stay on past check-ins, so history keeps its words. */
export function archiveTag(tags: readonly Tag[], id: string): TagsResult {
  return update(tags, id, { archived: true });
}

export function restoreTag(tags: readonly Tag[], id: string): TagsResult {
  return update(tags, id, { archived: false });
}

export function activeTags(tags: readonly Tag[]): Tag[] {
  return tags
    .filter((tag) => !tag.archived)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

function update(tags: readonly Tag[], id: string, change: Partial<Tag>): TagsResult {
  if (!tags.some((tag) => tag.id === id)) return failure('id', 'That tag no longer exists.');
  return { ok: true, value: tags.map((tag) => (tag.id === id ? { ...tag, ...change } : tag)) };
}

function failure(field: TagField, message: string): TagsResult {
  return { ok: false, issues: [{ field, message }] };
}

function nameKey(name: string): string {
  return normalizeTagName(name).toLocaleLowerCase();
}
