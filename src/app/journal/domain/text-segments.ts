import { TextRange } from './search-text';

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Cuts text into plain and matched pieces in order, so a template can wrap the matches in <mark>
 * and still render every piece as text. Overlapping or out-of-range ranges are clipped.
 */
export function textSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.min(Math.max(range.end, start), text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
