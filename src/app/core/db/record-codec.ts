import { InjectionToken } from '@angular/core';

/**
 * The one place where a record becomes what is stored and back. The plain codec stores the value
 * as it is; the vault (app lock) provides an encrypting codec without any feature changing.
 */
export interface RecordCodec {
  encode(value: unknown): Promise<unknown>;
  decode(stored: unknown): Promise<unknown>;
}

export const plainCodec: RecordCodec = {
  encode: async (value) => value,
  decode: async (stored) => stored,
};

export const RECORD_CODEC = new InjectionToken<RecordCodec>('RecordCodec', {
  providedIn: 'root',
  factory: () => plainCodec,
});
