import { errorMessage, isStorageFull } from './async-status';

const FULL = "This device's storage for Tend is full. Free space on the device, or export your data and delete old entries.";

describe('errorMessage', () => {
  it('names a full disk and what to do, for the QuotaExceededError IndexedDB gives (empty message)', () => {
    const error = new DOMException('', 'QuotaExceededError');
    expect(isStorageFull(error)).toBeTrue();
    expect(errorMessage(error)).toBe(FULL);
  });

  it('names a full disk when the QuotaExceededError is the cause of a failed transaction', () => {
    const aborted = new Error('The transaction was aborted', { cause: new DOMException('Quota exceeded.', 'QuotaExceededError') });
    expect(errorMessage(aborted)).toBe(FULL);
  });

  const cases: [string, unknown, string][] = [
    ['an Error', new Error('Disk on fire'), 'Disk on fire'],
    ['a DOMException with a message', new DOMException('Version change blocked', 'AbortError'), 'Version change blocked'],
    ['a DOMException without one', new DOMException('', 'AbortError'), 'AbortError'],
    ['a string', 'offline', 'offline'],
  ];
  for (const [what, error, expected] of cases) {
    it(`gives a sentence for ${what}, never an empty one`, () => {
      expect(isStorageFull(error)).toBeFalse();
      expect(errorMessage(error)).toBe(expected);
    });
  }
});
