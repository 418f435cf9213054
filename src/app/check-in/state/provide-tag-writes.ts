import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { TagEffects } from './tag.effects';

/** The check-in state's tag writes, for routes outside the check-in pages that create tags. */
export function provideTagWrites(): EnvironmentProviders[] {
  return [provideEffects(TagEffects)];
}
