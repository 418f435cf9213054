import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LeaveDialog } from './leave-dialog';

describe('LeaveDialog', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  async function open() {
    const fixture = TestBed.createComponent(LeaveDialog);
    await fixture.whenStable();
    const dialog: HTMLDialogElement = fixture.nativeElement.querySelector('dialog');
    const answer = fixture.componentInstance.ask();
    return { dialog, answer, button: (name: string) => [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)! };
  }

  for (const [name, choice] of [['Keep editing', 'keep'], ['Save', 'save'], ['Discard', 'discard']] as const) {
    it(`answers “${choice}” for ${name}`, async () => {
      const { dialog, answer, button } = await open();
      expect(dialog.open).toBeTrue();
      button(name).click();
      expect(await answer).toBe(choice);
      expect(dialog.open).toBeFalse();
    });
  }

  it('keeps editing when closed with Escape', async () => {
    const { dialog, answer } = await open();
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    expect(await answer).toBe('keep');
  });
});
