import { BlockLanguage, documentLanguage, languageBlocks, subjectWithoutLanguageMarkers, VariantLanguageInput } from './language-blocks';
import { FillableText } from './placeholder-filler';

/** What an email template version is made of (its subject, body and variant language). */
export interface EmailTemplateSource {
  readonly subject: string;
  readonly content: string;
  /** See EmailRenderInput.language. */
  readonly language?: VariantLanguageInput;
}

/** A bilingual body's block, its placeholders found. */
export interface CompiledLanguageBlock {
  readonly lang: BlockLanguage | null;
  readonly text: FillableText;
}

/**
 * An email template version parsed once, for every recipient it is sent to: its placeholders
 * found, a bilingual body split into its blocks, the document's language chosen. Personalisation
 * never enters it; EmailRenderer.renderCompiled fills it. Immutable, so one version's compiled
 * form can be shared and cached (the worker keeps them by template id and version).
 */
export class CompiledEmailTemplate {
  readonly bilingual: boolean;
  /** The `<html lang>`. */
  readonly lang: BlockLanguage;
  readonly subject: FillableText;
  /** The whole body (the API's `content.body` is filled from it, bilingual or not). */
  readonly content: FillableText;
  /** A bilingual body's blocks, in order; empty otherwise. */
  readonly blocks: readonly CompiledLanguageBlock[];

  constructor(source: EmailTemplateSource) {
    this.bilingual = source.language === 'bilingual';
    this.lang = documentLanguage(source.language, source.content);
    this.subject = new FillableText(this.bilingual ? subjectWithoutLanguageMarkers(source.subject) : source.subject);
    this.content = new FillableText(source.content);
    this.blocks = this.bilingual ? languageBlocks(source.content).map((block) => ({ lang: block.lang, text: new FillableText(block.text) })) : [];
  }
}
