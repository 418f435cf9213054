import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'tend-practice-page',
  imports: [RouterLink],
  template: `
    <h1 i18n="@@practice.heading">Practice</h1>
    <section class="tend-card" aria-labelledby="practice-breathe">
      <h2 id="practice-breathe" i18n="@@practice.breatheHeading">Breathe</h2>
      <p i18n="@@practice.breatheBody">One to five minutes of paced breathing, with the rhythm shown as words and a count.</p>
      <a class="tend-button" routerLink="breathe" i18n="@@practice.breatheStart">Start breathing</a>
    </section>
    <section class="tend-card" aria-labelledby="practice-modules">
      <h2 id="practice-modules" i18n="@@practice.modulesHeading">Guided modules with CME credit</h2>
      <p><strong i18n="@@comingSoon.notYet">Not available yet.</strong> <span i18n="@@practice.modulesSoon">Mindfulness and resilience modules with post-tests, evaluations and certificates will appear here.</span></p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PracticePage {}
