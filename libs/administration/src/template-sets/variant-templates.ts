import type { PublishedVariant, TemplateSetVariant, TemplateSetVersion, TemplateVersion } from '@herald/domain';
import type { TemplateRepository } from '@herald/persistence';
import { alertText, type AlertFacts } from './alert-wording';
import { variantName } from './template-set-checks';

/** The set being published, as materialising its variants needs it. */
export interface SetToMaterialise {
  readonly serviceId: string;
  readonly name: string;
  /** R-TR-7: email and text variants also get an alert template, sent instead of the content. */
  readonly sensitive: boolean;
  readonly variants: readonly TemplateSetVariant[];
}

type Pinned = Pick<PublishedVariant, 'templateId' | 'templateVersion'>;
type PinnedAlert = Pick<PublishedVariant, 'alertTemplateId' | 'alertTemplateVersion'>;

/**
 * Each variant as an ordinary hidden template, so that every attempt of a message is a notification
 * composed from (templateId, templateVersion) like any other. A variant with the same channel and
 * language as in the previous published version keeps its template, and gets a new version of it
 * only when its text changed. A sensitive set's email and text variants also pin an alert template
 * (R-TR-7), kept the same way: a new version only when its wording changed (a renamed service).
 */
export async function materialiseVariants(
  templates: TemplateRepository,
  set: SetToMaterialise,
  previous: TemplateSetVersion | null,
  createdById: string,
  alerts: AlertFacts,
): Promise<PublishedVariant[]> {
  const published: PublishedVariant[] = [];
  for (const variant of set.variants) {
    const before = previous?.variants.find((v) => v.channel === variant.channel && v.language === variant.language) ?? null;
    const pinned = await variantTemplate(templates, set, variant, before, createdById);
    const channel = variant.channel === 'letter' ? null : variant.channel;
    const alert = set.sensitive && channel ? await alertTemplate(templates, set, { ...variant, channel }, before, createdById, alerts) : {};
    published.push({ ...variant, ...pinned, ...alert });
  }
  return published;
}

async function variantTemplate(
  templates: TemplateRepository,
  set: SetToMaterialise,
  variant: TemplateSetVariant,
  before: PublishedVariant | null,
  createdById: string,
): Promise<Pinned> {
  if (before && sameText(before, variant)) return { templateId: before.templateId, templateVersion: before.templateVersion };
  const name = `${set.name} – ${variantName(variant)}`.slice(0, 255);
  const text = { name, subject: variant.subject, content: variant.content, welshSubject: variant.welshSubject, welshContent: variant.welshContent };
  const template: TemplateVersion | null =
    (before ? await templates.update(set.serviceId, before.templateId, { ...text, createdById }) : null) ??
    (await templates.create(set.serviceId, {
      ...text,
      type: variant.channel,
      hidden: true,
      language: variant.language,
      postage: variant.channel === 'letter' ? 'second' : null,
      createdById,
    }));
  return { templateId: template.id, templateVersion: template.version };
}

/** The variant's alert as a hidden template with no placeholder: who it is from, that it waits, where to sign in. */
async function alertTemplate(
  templates: TemplateRepository,
  set: SetToMaterialise,
  variant: TemplateSetVariant & { readonly channel: 'email' | 'sms' },
  before: PublishedVariant | null,
  createdById: string,
  facts: AlertFacts,
): Promise<PinnedAlert> {
  const { subject, content } = alertText(variant.channel, variant.language, facts);
  const kept =
    before?.alertTemplateId && before.alertTemplateVersion
      ? await templates.findVersion(set.serviceId, before.alertTemplateId, before.alertTemplateVersion)
      : null;
  if (kept && kept.subject === subject && kept.content === content) return { alertTemplateId: kept.id, alertTemplateVersion: kept.version };
  const name = `${set.name} – ${variantName(variant)} alert`.slice(0, 255);
  const template: TemplateVersion | null =
    (kept ? await templates.update(set.serviceId, kept.id, { name, subject, content, createdById }) : null) ??
    (await templates.create(set.serviceId, { name, subject, content, type: variant.channel, hidden: true, language: variant.language, createdById }));
  return { alertTemplateId: template.id, alertTemplateVersion: template.version };
}

function sameText(a: TemplateSetVariant, b: TemplateSetVariant): boolean {
  return a.subject === b.subject && a.content === b.content && a.welshSubject === b.welshSubject && a.welshContent === b.welshContent;
}
