import type { NewServiceChannel, NewServiceOptions, NewServiceRequest } from '@herald/contracts';
import type { FormErrors } from '../forms/form-errors';

/** The organisation radios' values that are not an organisation's name. */
export const ANOTHER_ORGANISATION = ':another';
export const NO_ORGANISATION = ':none';

const CHANNEL_OPTIONS: ReadonlyArray<{ value: NewServiceChannel; text: string; hint: string }> = [
  { value: 'email', text: 'Emails', hint: 'Messages to email addresses' },
  { value: 'sms', text: 'Text messages', hint: 'Messages to mobile phone numbers' },
  { value: 'letter', text: 'Letters', hint: 'Printed and posted for you' },
];

/** What was typed and chosen, as the form shows it again. */
export interface NewServiceValues {
  readonly name: string;
  /** The radio chosen: an organisation's name, ANOTHER_ORGANISATION or NO_ORGANISATION; '' for none chosen. */
  readonly organisation: string;
  readonly otherOrganisation: string;
  readonly channels: readonly NewServiceChannel[];
  readonly managerEmailAddress: string;
}

export const emptyNewService: NewServiceValues = { name: '', organisation: '', otherOrganisation: '', channels: [], managerEmailAddress: '' };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function newServiceValues(form: Record<string, unknown>): NewServiceValues {
  const ticked = form.channels === undefined ? [] : Array.isArray(form.channels) ? form.channels : [form.channels];
  return {
    name: text(form.name),
    organisation: text(form.organisation),
    otherOrganisation: text(form.otherOrganisation),
    channels: CHANNEL_OPTIONS.map((o) => o.value).filter((c) => ticked.includes(c)),
    managerEmailAddress: text(form.managerEmailAddress),
  };
}

/** The organisation is typed when no radios are offered, when "Another organisation" is chosen, or when a name is typed and no radio chosen. */
const typedOrganisation = (values: NewServiceValues, options: NewServiceOptions): boolean =>
  options.organisations.length === 0 || values.organisation === ANOTHER_ORGANISATION || (values.organisation === '' && values.otherOrganisation.trim() !== '');

export function newServiceRequest(values: NewServiceValues, options: NewServiceOptions): NewServiceRequest {
  const chosen = [ANOTHER_ORGANISATION, NO_ORGANISATION].includes(values.organisation) ? '' : values.organisation;
  return {
    name: values.name,
    organisation: typedOrganisation(values, options) ? values.otherOrganisation : chosen,
    channels: values.channels,
    ...(options.mayChooseManager ? { managerEmailAddress: values.managerEmailAddress } : {}),
  };
}

/** A problem with a typed organisation belongs to the text input the person typed it in. */
export function placedErrors(errors: FormErrors, values: NewServiceValues, options: NewServiceOptions): FormErrors {
  if (!typedOrganisation(values, options) || !errors.byField.organisation) return errors;
  const { organisation, ...others } = errors.byField;
  return {
    list: errors.list.map((e) => (e.href === '#organisation' ? { ...e, href: '#otherOrganisation' } : e)),
    byField: { ...others, otherOrganisation: organisation },
  };
}

/** What the view needs: the values, the organisation radios (if any) and the channel checkboxes. */
export function newServiceView(values: NewServiceValues, options: NewServiceOptions, errors?: FormErrors) {
  return {
    values,
    options,
    organisationItems: options.organisations.map((name) => ({ value: name, text: name, checked: values.organisation === name })),
    anotherOrganisation: { value: ANOTHER_ORGANISATION, checked: values.organisation === ANOTHER_ORGANISATION },
    noOrganisation: { value: NO_ORGANISATION, checked: values.organisation === NO_ORGANISATION },
    channelItems: CHANNEL_OPTIONS.map((o) => ({ value: o.value, text: o.text, hint: { text: o.hint }, checked: values.channels.includes(o.value) })),
    errors,
  };
}
