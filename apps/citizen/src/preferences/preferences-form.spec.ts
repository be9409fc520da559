import type { MePreferences } from '@herald/contracts';
import { changeOf, problemsOf, readForm, valuesOf } from './preferences-form';

const nothingChosen: MePreferences = { channels: {}, paper_only: false, language: null, format_needs: [], updated_at: null };
const form = (overrides: Record<string, unknown> = {}) => readForm({ channels: ['email', 'sms', 'letter'], paper_only: 'no', language: 'none', ...overrides });

describe('the preferences form', () => {
  it('R-TR-5: shows a channel the person never switched off as ticked, and their current choices', () => {
    const values = valuesOf({ ...nothingChosen, channels: { sms: false }, language: 'cy', format_needs: ['braille'] });
    expect(values).toMatchObject({ channels: ['email', 'letter'], paperOnly: 'no', language: 'cy', formatNeeds: ['braille'] });
  });

  it('R-TR-5: sends only what changed: unticking text messages and asking for large print', () => {
    expect(changeOf(nothingChosen, form({ channels: ['email', 'letter'], format_needs: 'large_print' }))).toEqual({
      channels: { sms: false },
      format_needs: ['large_print'],
    });
    expect(changeOf(nothingChosen, form())).toBeNull();
  });

  it("R-TR-5: choosing letters only needs a name, a first line and a postcode, sent as the letter's address lines with the postcode last", () => {
    const choice = form({ paper_only: 'yes' });
    expect(problemsOf(nothingChosen, choice).map((p) => p.field)).toEqual(['address_line_1', 'address_line_2', 'address_postcode']);

    const withAddress = form({
      paper_only: 'yes',
      address_line_1: 'Alex Example',
      address_line_2: '1 High Street',
      address_line_4: 'Cardiff',
      address_postcode: 'CF10 1AA',
    });
    expect(problemsOf(nothingChosen, withAddress)).toEqual([]);
    expect(changeOf(nothingChosen, withAddress)).toEqual({
      paper_only: true,
      confirm_to: { address: { address_line_1: 'Alex Example', address_line_2: '1 High Street', address_line_3: 'Cardiff', address_line_4: 'CF10 1AA' } },
    });
  });

  it('R-TR-5: someone already on letters only is not asked for their address again', () => {
    expect(problemsOf({ ...nothingChosen, paper_only: true }, form({ paper_only: 'yes' }))).toEqual([]);
  });

  it('R-TR-5: letters only with Letter unticked, or a form missing its answers, is refused with words that say what to do', () => {
    const refused = problemsOf(
      nothingChosen,
      readForm({ channels: 'email', paper_only: 'yes', address_line_1: 'A', address_line_2: 'B', address_postcode: 'C' }),
    );
    expect(refused.map((p) => p.message)).toEqual(['To get letters only, tick Letter', 'Select the language you want']);
    expect(problemsOf(nothingChosen, readForm({})).map((p) => p.field)).toEqual(['paper_only', 'language']);
  });

  it('R-TR-5: ignores values the form does not offer', () => {
    expect(readForm({ channels: ['email', 'pigeon'], format_needs: ['smoke_signals'], language: 'fr', paper_only: 'maybe' })).toMatchObject({
      channels: ['email'],
      formatNeeds: [],
      language: null,
      paperOnly: null,
    });
  });
});
