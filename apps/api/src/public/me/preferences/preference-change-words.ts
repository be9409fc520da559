import type { FieldChange } from '@herald/persistence';

const CHANNEL_NAMES: Record<string, string> = { email: 'Email', sms: 'Text messages', letter: 'Letters', inbox: 'Messages in your account' };
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', cy: 'Welsh' };
const FORMAT_NAMES: Record<string, string> = {
  large_print: 'large print',
  braille: 'braille',
  audio: 'audio',
  easy_read: 'easy read',
  bsl: 'British Sign Language',
};

/** What changed, one line a change, in words for the person (the confirmation's `((changes))`). */
export function changeWords(changes: readonly FieldChange[]): string[] {
  return changes.map(({ field, newValue }) => {
    if (field.startsWith('channels.')) {
      const name = CHANNEL_NAMES[field.slice('channels.'.length)] ?? field.slice('channels.'.length);
      return `${name}: ${newValue === true ? 'on' : newValue === false ? 'off' : 'no choice'}`;
    }
    if (field === 'paperOnly') return newValue ? 'Paper only: yes, send me letters only' : 'Paper only: no';
    if (field === 'language') return `Language: ${typeof newValue === 'string' ? (LANGUAGE_NAMES[newValue] ?? newValue) : 'no preference'}`;
    if (field === 'formatNeeds') {
      const needs = Array.isArray(newValue) ? newValue.map((n) => FORMAT_NAMES[String(n)] ?? String(n)) : [];
      return `Formats you need: ${needs.length ? needs.join(', ') : 'none'}`;
    }
    return field;
  });
}
