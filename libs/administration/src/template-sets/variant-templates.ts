import type { PublishedVariant, TemplateSetVariant, TemplateSetVersion, TemplateVersion } from '@herald/domain';
import type { TemplateRepository } from '@herald/persistence';
import { variantName } from './template-set-checks';

/**
 * Each variant as an ordinary hidden template, so that every attempt of a message is a notification
 * composed from (templateId, templateVersion) like any other. A variant with the same channel and
 * language as in the previous published version keeps its template, and gets a new version of it
 * only when its text changed.
 */
export async function materialiseVariants(
  templates: TemplateRepository,
  set: { serviceId: string; name: string; variants: readonly TemplateSetVariant[] },
  previous: TemplateSetVersion | null,
  createdById: string,
): Promise<PublishedVariant[]> {
  const published: PublishedVariant[] = [];
  for (const variant of set.variants) {
    const before = previous?.variants.find((v) => v.channel === variant.channel && v.language === variant.language);
    if (before && sameText(before, variant)) {
      published.push({ ...variant, templateId: before.templateId, templateVersion: before.templateVersion });
      continue;
    }
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
    published.push({ ...variant, templateId: template.id, templateVersion: template.version });
  }
  return published;
}

function sameText(a: TemplateSetVariant, b: TemplateSetVariant): boolean {
  return a.subject === b.subject && a.content === b.content && a.welshSubject === b.welshSubject && a.welshContent === b.welshContent;
}
