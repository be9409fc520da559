const ADDRESS = { address_line_1: 'A. Citizen', address_line_2: '1 Example Street', address_line_3: 'London', postcode: 'SW1A 1AA' };

/** What the contract tests send to the CLI's letter template: an address and its placeholders. */
export const LETTER_PERSONALISATION = { ...ADDRESS, name: 'Ash', date: '1 May', 'office phone': '020 7946 0000' };
