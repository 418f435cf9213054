/**
 * Orders strings by UTF-16 code units, which for ISO dates, times and ids is their natural order.
 * Many times faster than localeCompare, which collates for people; keep that for names.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
