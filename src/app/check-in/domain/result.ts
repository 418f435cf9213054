/** A problem with one field of user input, in words the user can act on. */
export interface FieldIssue<F extends string = string> {
  field: F;
  message: string;
}

/** The outcome of turning user input into a record: the record, or every problem found. */
export type Validated<T, F extends string = string> =
  | { ok: true; value: T }
  | { ok: false; issues: FieldIssue<F>[] };

/** Counts characters as people see them, so emoji and accents are not counted twice. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
