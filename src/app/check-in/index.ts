// The check-in feature's public surface: other features import from here only.
export * from './domain/check-in';
