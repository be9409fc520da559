const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const EMAIL = /[^\s@<>()[\],;:"']+@[^\s@<>()[\],;:"']+\.[^\s@<>()[\],;:"']+/g;
/** 10 to 15 digits, with single spaces or brackets between them (`07700 900123`, `+447700900123`); not a date, not part of an id. */
const PHONE = /(?<![\w-])\(?\+?\d(?:[\s()]{0,2}\d){9,14}(?![\w-])/g;
/** A recipient key: a keyed SHA-256 hash, in hex. */
const RECIPIENT_KEY = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi;

/**
 * What an auditor may read of free text recorded by others (an audit event's subject and details):
 * email addresses, phone numbers and recipient keys are withheld, whoever they belong to. Ids stay,
 * so an event can still be traced.
 */
export function withheld(text: string): string {
  const ids = text.match(UUID) ?? [];
  return text
    .split(UUID)
    .map((part) => part.replace(RECIPIENT_KEY, '[recipient key withheld]').replace(EMAIL, '[email address withheld]').replace(PHONE, '[phone number withheld]'))
    .reduce((joined, part, index) => joined + (index > 0 ? ids[index - 1] : '') + part, '');
}

/** An event's details as name/value lines, each value withheld as above. */
export function withheldDetails(details: Record<string, unknown>): Array<{ name: string; value: string }> {
  return Object.entries(details).map(([name, value]) => ({ name, value: withheld(typeof value === 'string' ? value : JSON.stringify(value)) }));
}
