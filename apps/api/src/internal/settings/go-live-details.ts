/** Turns `expectedEmailVolume` or `expected_sms_volume` into "Expected email volume". */
const labelOf = (key: string): string => {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const CHANNEL_LABELS: Readonly<Record<string, string>> = { email: 'Emails', sms: 'Text messages', letter: 'Letters' };

/** What the team wrote, as label/value rows: the expected volumes one channel a row ("Emails", "12,000 a year"), anything else as it was stored. */
export const goLiveDetailsOf = (details: Record<string, unknown>): Array<{ label: string; value: string }> =>
  Object.entries(details).flatMap(([key, value]) => {
    if (key === 'volumes' && value !== null && typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>).map(([channel, volume]) => ({
        label: CHANNEL_LABELS[channel] ?? labelOf(channel),
        value: typeof volume === 'number' ? `${volume.toLocaleString('en-GB')} a year` : String(volume),
      }));
    }
    return [{ label: labelOf(key), value: typeof value === 'string' ? value : JSON.stringify(value) }];
  });
