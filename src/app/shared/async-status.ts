/** The one shape of every piece of asynchronous work in the store. */
export interface AsyncStatus {
  status: 'idle' | 'loading' | 'success' | 'error';
  error: string | null;
}

export const IDLE: AsyncStatus = { status: 'idle', error: null };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
