import { Tag } from './check-in';

export interface TagUsage {
  tag: Tag;
  count: number;
}

/** How often each tag was used (in check-ins or journal entries), most used first. */
export function tagUsage(
  records: readonly { tagIds: readonly string[] }[],
  tags: readonly Tag[],
): TagUsage[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const id of new Set(record.tagIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return tags
    .map((tag) => ({ tag, count: counts.get(tag.id) ?? 0 }))
    .filter((usage) => usage.count > 0)
    .sort((a, b) => b.count - a.count || a.tag.name.localeCompare(b.tag.name));
}
