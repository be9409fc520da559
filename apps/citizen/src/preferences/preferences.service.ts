import { Injectable } from '@nestjs/common';
import { CitizenApiClient, CitizenApiError, MePreferences } from '@herald/contracts';
import { changeOf, FieldProblem, PreferencesFormValues, problemsOf, readForm } from './preferences-form';

/** How a saved change was confirmed, as the page's banner says it (`unchanged` when nothing was changed). */
export type PreferencesDone = 'letter' | 'email' | 'sms' | 'saved' | 'unchanged';

export type PreferencesSaved = { readonly done: PreferencesDone } | { readonly problems: FieldProblem[]; readonly values: PreferencesFormValues };

/** Saves the person's choices through the API: checked here first, then sent only what changed. */
@Injectable()
export class PreferencesService {
  async save(api: CitizenApiClient, body: Record<string, unknown>): Promise<PreferencesSaved> {
    const current: MePreferences = await api.preferences();
    const values = readForm(body);
    const problems = problemsOf(current, values);
    if (problems.length > 0) return { problems, values };
    const change = changeOf(current, values);
    if (!change) return { done: 'unchanged' };
    try {
      const changed = await api.changePreferences(change);
      return { done: changed.confirmation?.channel ?? 'saved' };
    } catch (error) {
      if (!(error instanceof CitizenApiError) || error.status !== 400) throw error;
      return { problems: error.problems.map((p) => ({ field: fieldOf(p.message), message: p.message })), values };
    }
  }
}

/** The field an API refusal is about, so the error summary can link to it. */
function fieldOf(message: string): string {
  if (/address/i.test(message)) return 'address_line_1';
  if (/language/i.test(message)) return 'language';
  if (/format/i.test(message)) return 'format_needs';
  if (/paper/i.test(message)) return 'paper_only';
  return 'channels';
}
