import { exampleCsv, exampleFileName } from './example-csv';

describe('the example file of a template', () => {
  it('has the email address column, then each placeholder, and one example row', () => {
    expect(exampleCsv({ type: 'email', placeholders: ['name', 'reference number'] })).toBe(
      'email address,name,reference number\r\ntest@example.com,example name,example reference number\r\n',
    );
  });

  it('has the phone number column for a text message template', () => {
    expect(exampleCsv({ type: 'sms', placeholders: [] })).toBe('phone number\r\n07700 900123\r\n');
  });

  it('has the three address lines a letter needs', () => {
    expect(exampleCsv({ type: 'letter', placeholders: ['date'] }).split('\r\n')[0]).toBe('address line 1,address line 2,address line 3,date');
  });

  it('quotes a placeholder with a comma, and keeps a spreadsheet from running one as a formula', () => {
    expect(exampleCsv({ type: 'sms', placeholders: ['a, b', '=cmd'] }).split('\r\n')[0]).toBe(`phone number,"a, b",'=cmd`);
  });

  it('names the file after the template', () => {
    expect(exampleFileName('Payment date (May)')).toBe('payment-date-may-example.csv');
    expect(exampleFileName('“”')).toBe('template-example.csv');
  });
});
