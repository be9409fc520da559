import type { MessageChannel, PublishedVariant } from '@herald/domain';

/**
 * The variant a person gets on a channel: the one in their language, else the bilingual one, else
 * English, else whatever the set has. With no language known, the bilingual one first.
 */
export function chooseVariant(variants: readonly PublishedVariant[], channel: MessageChannel, language: string | null): PublishedVariant | null {
  const onChannel = variants.filter((v) => v.channel === channel);
  const withLanguage = (l: string) => onChannel.find((v) => v.language === l);
  const preferred = language ? withLanguage(language) : undefined;
  return preferred ?? withLanguage('bilingual') ?? withLanguage('en') ?? onChannel[0] ?? null;
}
