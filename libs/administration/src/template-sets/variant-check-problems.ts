import type { CheckFinding, FieldProblem, TemplateCheckReport, TemplateSetVariant } from '@herald/domain';
import { blockingProblems, fieldText, FindingPlace } from '../checks/template-checks';
import { variantField, variantName } from './template-set-checks';

/** The variant a set's finding is about: its `variant` is `<channel>:<language>`, as `email:en`. */
export function variantOf(variants: readonly TemplateSetVariant[], finding: CheckFinding): TemplateSetVariant | null {
  return variants.find((v) => `${v.channel}:${v.language}` === finding.variant) ?? null;
}

/**
 * R-CK: a set's error findings as field problems on the variant's own field
 * (`variants.email.en.content`), each message starting with the variant's name as the draft's other problems do.
 */
export function variantCheckProblems(report: TemplateCheckReport, variants: readonly TemplateSetVariant[]): FieldProblem[] {
  const places = new Map<string, string>();
  const placeOf = (finding: CheckFinding): FindingPlace => {
    const variant = variantOf(variants, finding);
    if (!variant) return { field: 'variants', text: null };
    const field = variantField(variant, finding.field ?? undefined);
    places.set(field, variantName(variant));
    return { field, text: fieldText(variant, finding) };
  };
  return blockingProblems(report, placeOf).map((problem) => {
    const name = places.get(problem.field);
    return name ? { field: problem.field, message: `${name}: ${problem.message}` } : problem;
  });
}
