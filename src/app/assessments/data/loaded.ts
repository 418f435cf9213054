/** What a repository could read, and how many stored records it had to leave out as unreadable. */
export interface Loaded<T> {
  readonly items: T[];
  readonly skipped: number;
}
