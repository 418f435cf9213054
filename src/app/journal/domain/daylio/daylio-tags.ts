import { Tag, createTag, findTagByName } from '../../../check-in/domain';
import { DaylioRow, ImportIssue } from './daylio-file';

/**
 * Turns Daylio activities into tag ids: an existing tag of the same name (archived ones too) is
 * reused; a missing one is created once, on first use, so only tags that imported records use are
 * new. A name Tend cannot take becomes an issue, and the activity is left out.
 */
export class DaylioTagResolver {
  readonly created: Tag[] = [];
  private readonly ids = new Map<string, string | null>();

  constructor(
    private readonly existing: readonly Tag[],
    private readonly newId: () => string,
    private readonly issues: ImportIssue[],
  ) {}

  idsFor(row: DaylioRow): string[] {
    const ids = row.activities.map((name) => this.idFor(name, row.row));
    return [...new Set(ids.filter((id): id is string => id !== null))];
  }

  private idFor(name: string, row: number): string | null {
    const key = name.toLowerCase();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const all = [...this.existing, ...this.created];
    const id = findTagByName(all, name)?.id ?? this.create(all, name, row);
    this.ids.set(key, id);
    return id;
  }

  private create(all: readonly Tag[], name: string, row: number): string | null {
    const result = createTag(all, name, this.newId());
    if (!result.ok) {
      const why = result.issues[0].message;
      const message = `Row ${row}: the activity “${name}” was not added as a tag. ${why}`;
      this.issues.push({ row, message });
      return null;
    }
    const tag = result.value[result.value.length - 1];
    this.created.push(tag);
    return tag.id;
  }
}
