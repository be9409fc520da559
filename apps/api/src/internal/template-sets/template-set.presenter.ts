import type { TemplateSetRequest } from '@herald/administration';
import type { PublishedVariantView, TemplateSetSummaryView, TemplateSetVariantView, TemplateSetVersionView, TemplateSetView } from '@herald/contracts';
import type { PublishedVariant, TemplateCheckReport, TemplateSet, TemplateSetVariant, TemplateSetVersion } from '@herald/domain';
import { checkReportJson, variantText } from '../../checks/check-report-json';

export function variantJson(variant: TemplateSetVariant): TemplateSetVariantView {
  return {
    channel: variant.channel,
    language: variant.language,
    subject: variant.subject,
    content: variant.content,
    welsh_subject: variant.welshSubject,
    welsh_content: variant.welshContent,
  };
}

function publishedVariantJson(variant: PublishedVariant): PublishedVariantView {
  return { ...variantJson(variant), template_id: variant.templateId, template_version: variant.templateVersion };
}

export function versionJson(version: TemplateSetVersion): TemplateSetVersionView {
  return {
    set_id: version.setId,
    version: version.version,
    name: version.name,
    kind: version.kind,
    label: version.label,
    sensitive: version.sensitive,
    variants: version.variants.map(publishedVariantJson),
    checks: version.checks ? checkReportJson(version.checks, variantText(version.variants)) : null,
    created_at: version.createdAt.toISOString(),
  };
}

export function summaryJson(set: TemplateSet): TemplateSetSummaryView {
  return {
    id: set.id,
    name: set.name,
    kind: set.kind,
    label: set.label,
    sensitive: set.sensitive,
    published_version: set.publishedVersion,
    updated_at: (set.updatedAt ?? set.createdAt).toISOString(),
  };
}

/** `draft`: R-CK, the report on the draft (the stored one, or one made for a draft saved before checks ran). */
export function templateSetJson(set: TemplateSet, published: TemplateSetVersion | null, draft: TemplateCheckReport): TemplateSetView {
  return {
    id: set.id,
    name: set.name,
    kind: set.kind,
    label: set.label,
    sensitive: set.sensitive,
    variants: set.variants.map(variantJson),
    published_version: set.publishedVersion,
    archived: set.archived,
    created_at: set.createdAt.toISOString(),
    updated_at: set.updatedAt?.toISOString() ?? null,
    published: published ? versionJson(published) : null,
    checks: checkReportJson(draft, variantText(set.variants)),
  };
}

/** The form's snake_case body as the shared checks read it; anything malformed is theirs to name. */
export function requestOf(body: Record<string, unknown>): TemplateSetRequest {
  const variants = Array.isArray(body.variants)
    ? body.variants.map((raw: unknown) => {
        const v = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
        return {
          channel: v.channel,
          language: v.language,
          subject: v.subject,
          content: v.content,
          welshSubject: v.welsh_subject,
          welshContent: v.welsh_content,
          success: v.success,
        };
      })
    : body.variants;
  return { name: body.name, kind: body.kind, label: body.label, sensitive: body.sensitive, variants };
}
