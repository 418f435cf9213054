import { newTag } from './new-tag';

describe('newTag', () => {
  const icu = { id: 't1', name: 'ICU', archived: false };
  const nights = { id: 't2', name: 'Nights', archived: true };

  it('makes an active tag with a tidy name', () => {
    expect(newTag([icu], '  Trauma   bay ', 'n1')).toEqual({ tag: { id: 'n1', name: 'Trauma bay', archived: false } });
  });

  it('says why a name cannot be used, an archived tag’s too', () => {
    expect(newTag([icu, nights], 'icu', 'n1')).toEqual({ problem: 'There is already a tag called “ICU”.' });
    expect(newTag([icu, nights], ' nights', 'n1')).toEqual({ problem: 'An archived tag is already called “Nights”. Restore it instead.' });
    expect(newTag([icu], '   ', 'n1')).toEqual({ problem: 'Give the tag a name.' });
  });
});
