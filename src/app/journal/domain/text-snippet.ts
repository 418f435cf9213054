import { TextRange } from './search-text';

/** A short excerpt for a result list, with matches relative to the excerpt. */
export interface TextSnippet {
  text: string;
  matches: TextRange[];
  /** Whether text was left out before or after, so the UI can show an ellipsis. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export const SNIPPET_LENGTH = 160;
const CONTEXT_BEFORE = 50;

/**
 * An excerpt around the first match (or the start), cut at spaces where possible. Line breaks
 * become spaces one for one, so that the offsets still line up with the excerpt.
 */
export function textSnippet(
  text: string,
  matches: readonly TextRange[],
  length = SNIPPET_LENGTH,
): TextSnippet {
  const anchor = matches.length > 0 ? matches[0].start : 0;
  let start = Math.max(0, anchor - CONTEXT_BEFORE);
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0 && !/\s/.test(text[start - 1])) start = wordStartAtOrAfter(text, start, anchor);
  if (end < text.length && !/\s/.test(text[end])) end = wordEndAtOrBefore(text, end, matches[0]?.end ?? 0);
  // Where no space was near (a very long word, or a script written without spaces), never split
  // an emoji or other character made of two UTF-16 units.
  if (isLowSurrogate(text, start)) start++;
  if (isLowSurrogate(text, end)) end--;
  return {
    text: text.slice(start, end).replace(/\s/g, ' '),
    matches: matches
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ start: m.start - start, end: m.end - start })),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}

function wordStartAtOrAfter(text: string, index: number, limit: number): number {
  const space = text.slice(index, limit).search(/\s/);
  return space === -1 ? index : index + space + 1;
}

function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  const space = text.slice(floor, index).search(/\s\S*$/);
  return space === -1 ? index : floor + space;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
