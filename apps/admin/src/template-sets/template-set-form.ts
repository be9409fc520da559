import type { TemplateSetFields, TemplateSetVariantView, TemplateSetView } from '@herald/contracts';
import { FormErrors, formErrorsOf } from '../forms/form-errors';

/** What the editor shows and posts back: the set's fields and its variants, saved or not. */
export interface TemplateSetFormValues {
  readonly name: string;
  readonly kind: string;
  readonly label: string;
  readonly sensitive: boolean;
  readonly variants: TemplateSetVariantView[];
}

/** The editor's columns and languages, in the order the API lists them. */
const MESSAGE_CHANNELS = ['email', 'sms', 'letter'] as const;
const VARIANT_LANGUAGES: readonly string[] = ['en', 'cy', 'bilingual'];
const PARTS = ['subject', 'content', 'welsh_subject', 'welsh_content'] as const;
/** Field names are the API's problem fields, so its errors link straight to them: `variants.sms.en.content`. */
const VARIANT_FIELD = /^variants\.([a-z]+)\.([a-z]+)\.(subject|content|welsh_subject|welsh_content)$/;

const text = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[value.length - 1] ?? '') : '');

export function formValuesOfSet(set: TemplateSetView): TemplateSetFormValues {
  return { name: set.name, kind: set.kind, label: set.label, sensitive: set.sensitive, variants: set.variants };
}

export const emptyFormValues = (): TemplateSetFormValues => ({ name: '', kind: '', label: '', sensitive: false, variants: [] });

/** The posted form as values to show again; with `add` (the "Add variant" button) one more empty variant, unless it exists. */
export function formValuesOf(form: Record<string, unknown>): TemplateSetFormValues {
  const byKey = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(form)) {
    const match = VARIANT_FIELD.exec(key);
    if (!match) continue;
    const variantKey = `${match[1]}.${match[2]}`;
    byKey.set(variantKey, { ...(byKey.get(variantKey) ?? {}), channel: match[1], language: match[2], [match[3]]: text(value) });
  }
  if (form.action === 'add-variant') {
    const added = `${text(form.new_channel)}.${text(form.new_language)}`;
    if ((MESSAGE_CHANNELS as readonly string[]).includes(text(form.new_channel)) && (VARIANT_LANGUAGES as readonly string[]).includes(text(form.new_language)))
      if (!byKey.has(added)) byKey.set(added, { channel: text(form.new_channel), language: text(form.new_language) });
  }
  const variants = [...byKey.values()].map((v): TemplateSetVariantView => ({
    channel: v.channel as TemplateSetVariantView['channel'],
    language: v.language as TemplateSetVariantView['language'],
    subject: v.channel === 'sms' ? null : (v.subject ?? ''),
    content: v.content ?? '',
    welsh_subject: v.welsh_subject ?? null,
    welsh_content: v.welsh_content ?? null,
  }));
  return { name: text(form.name), kind: text(form.kind), label: text(form.label), sensitive: text(form.sensitive) === 'yes', variants };
}

/** The values as the API takes them (the whole draft). */
export function fieldsOf(values: TemplateSetFormValues): TemplateSetFields {
  return {
    name: values.name,
    kind: values.kind,
    label: values.label,
    sensitive: values.sensitive,
    variants: values.variants.map((v) => ({
      channel: v.channel,
      language: v.language,
      subject: v.subject,
      content: v.content,
      welsh_subject: v.channel === 'letter' && v.language === 'bilingual' ? v.welsh_subject : null,
      welsh_content: v.channel === 'letter' && v.language === 'bilingual' ? v.welsh_content : null,
    })),
  };
}

/**
 * The API's 400 as form errors. A parity problem names the variant (`variants.sms.en`), so it is
 * shown on, and linked to, that variant's message field.
 */
export function templateSetFormErrors(error: unknown): FormErrors | null {
  const errors = formErrorsOf(error);
  if (!errors) return null;
  const target = (field: string): string => (/^variants\.[a-z]+\.[a-z]+$/.test(field) ? `${field}.content` : field);
  const list = errors.list.map((e) => ({ text: e.text, href: `#${target(e.href.slice(1))}` }));
  const byField: FormErrors['byField'] = {};
  for (const [field, message] of Object.entries(errors.byField)) {
    const to = target(field);
    byField[to] = byField[to] ? { text: `${byField[to].text}. ${message.text}` } : message;
  }
  return { list, byField };
}

/** Variants grouped into one column per channel, in channel order. */
export function variantColumns(variants: readonly TemplateSetVariantView[]) {
  return MESSAGE_CHANNELS.map((channel) => ({
    channel,
    variants: variants
      .filter((v) => v.channel === channel)
      .sort((a, b) => VARIANT_LANGUAGES.indexOf(a.language) - VARIANT_LANGUAGES.indexOf(b.language))
      .map((v) => ({ ...v, field: `variants.${v.channel}.${v.language}`, parts: PARTS })),
  }));
}
