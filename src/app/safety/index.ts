// The safety feature's public surface: other features import from here only.
export * from './domain/contact-uri';
export * from './domain/crisis-line';
export * from './domain/crisis-lines';
export * from './domain/regions';
export { CrisisResources } from './ui/crisis-resources';
