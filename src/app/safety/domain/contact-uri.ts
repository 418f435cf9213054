import { ContactChannel } from './crisis-line';

/** RFC 3966 visual separators people put in numbers for readability. */
const VISUAL_SEPARATORS = /[\s\-.()]/g;
/** A short code (3+ digits) or an E.164 number: at most 15 digits. */
const DIALABLE = /^\+?\d{3,15}$/;

/** Strips visual separators; throws on anything a phone could not dial. */
export function dialableNumber(number: string): string {
  const digits = number.replace(VISUAL_SEPARATORS, '');
  if (!DIALABLE.test(digits)) {
    throw new RangeError(`Not a dialable phone number: "${number}"`);
  }
  return digits;
}

/**
 * An RFC 3966 `tel:` URI. Short codes such as 988 or 112 are written without
 * `;phone-context=`: that is what crisis services publish (`tel:988`), and
 * dialers read `;` as "wait", which must never sit between a person and a line.
 */
export function telUri(number: string): string {
  return `tel:${dialableNumber(number)}`;
}

/** An RFC 5724 `sms:` URI, with the body percent-encoded as RFC 3986 unreserved-only. */
export function smsUri(number: string, body?: string): string {
  const uri = `sms:${dialableNumber(number)}`;
  return body ? `${uri}?body=${encodeUnreserved(body)}` : uri;
}

export function contactUri(channel: ContactChannel): string {
  return channel.kind === 'call' ? telUri(channel.dial) : smsUri(channel.dial, channel.body);
}

/** encodeURIComponent leaves !'()* alone, but RFC 5724 allows only unreserved characters raw. */
function encodeUnreserved(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
