import type { VariantLanguage } from '@herald/domain';
import { renderSms } from '@herald/templating';

/** What a sensitive set's alerts say, fixed when the set is published (R-TR-7). */
export interface AlertFacts {
  readonly serviceName: string;
  /** The citizen app's messages page, where the person signs in to read the message. */
  readonly signInUrl: string;
  /** The service's name when it prefixes its texts, else null: the prefix counts towards the one fragment. */
  readonly smsPrefix: string | null;
}

export interface AlertText {
  /** Null for a text message. */
  readonly subject: string | null;
  readonly content: string;
}

type Wording = (from: string, url: string) => string;

interface LanguageWording {
  readonly subject: (from: string) => string;
  readonly body: Wording;
  /** Longest first: the first that fits in one text message is used. */
  readonly sms: readonly Wording[];
}

const ENGLISH: LanguageWording = {
  subject: (from) => `You have a new message from ${from}`,
  body: (from, url) =>
    [
      `${from} has sent you a message. It is waiting for you to read.`,
      `Sign in to read it: ${url}`,
      'This email does not include the message, to keep it private.',
    ].join('\n\n'),
  sms: [
    (from, url) => `You have a new message from ${from}. Sign in to read it: ${url}`,
    (from, url) => `New message from ${from}. Sign in to read it: ${url}`,
  ],
};

// Welsh wording to be checked by a Welsh translator before it is relied on. Written without letters
// outside GSM (no ŵ, ŷ) so a Welsh text stays 160 characters a fragment. A service name after
// "gan" would take a soft mutation in careful Welsh; a name cannot be mutated safely, so it is left as written.
const WELSH: LanguageWording = {
  subject: (from) => `Mae gennych neges newydd gan ${from}`,
  body: (from, url) =>
    [
      `Mae ${from} wedi anfon neges atoch. Mae'n aros i chi ei darllen.`,
      `Mewngofnodwch i'w darllen: ${url}`,
      "Nid yw'r e-bost hwn yn cynnwys y neges, er mwyn ei chadw'n breifat.",
    ].join('\n\n'),
  sms: [
    (from, url) => `Mae gennych neges newydd gan ${from}. Mewngofnodwch i'w darllen: ${url}`,
    (from, url) => `Neges newydd gan ${from}. Mewngofnodwch i'w darllen: ${url}`,
  ],
};

// Bilingual texts, Welsh first as the Welsh Language Standards ask; the shortest names the page once, after both.
const BILINGUAL_SMS: readonly Wording[] = [
  (from, url) => bilingual(WELSH.sms[0](from, url), ENGLISH.sms[0](from, url)),
  (from, url) => bilingual(WELSH.sms[1](from, url), ENGLISH.sms[1](from, url)),
  (from, url) => `${bilingual(`Neges newydd gan ${from}. Mewngofnodwch i'w darllen:`, `New message from ${from}. Sign in to read it:`)}\n\n${url}`,
];

/**
 * An email's or a text's alert in the variant's language: who it is from, that it is waiting, and
 * where to sign in to read it. No placeholder at all, so no personalisation value can appear in
 * it; the service's name is written in, with anything that could read as a placeholder or a
 * language marker flattened.
 */
export function alertText(channel: 'email' | 'sms', language: VariantLanguage, facts: AlertFacts): AlertText {
  const from = literal(facts.serviceName);
  const url = facts.signInUrl;
  if (channel === 'sms') return { subject: null, content: firstInOneFragment(smsWordings(language), from, url, facts.smsPrefix, language) };
  if (language === 'bilingual') {
    return { subject: `${WELSH.subject(from)} / ${ENGLISH.subject(from)}`, content: bilingual(WELSH.body(from, url), ENGLISH.body(from, url)) };
  }
  const wording = language === 'cy' ? WELSH : ENGLISH;
  return { subject: wording.subject(from), content: wording.body(from, url) };
}

function smsWordings(language: VariantLanguage): readonly Wording[] {
  if (language === 'bilingual') return BILINGUAL_SMS;
  return language === 'cy' ? WELSH.sms : ENGLISH.sms;
}

/** The longest wording that is one fragment with the service's prefix; the shortest when none is (a very long name or address). */
function firstInOneFragment(wordings: readonly Wording[], from: string, url: string, prefix: string | null, language: VariantLanguage): string {
  const texts = wordings.map((wording) => wording(from, url));
  return texts.find((text) => renderSms(text, {}, { prefix, language }).fragmentCount === 1) ?? texts[texts.length - 1];
}

function bilingual(welsh: string, english: string): string {
  return `[[cy]]${welsh}[[/cy]]\n\n[[en]]${english}[[/en]]`;
}

/** Runs of brackets collapsed to one: `((x))` and `[[cy]]` become `(x)` and `[cy]`, never a placeholder or marker. */
function literal(name: string): string {
  return name.trim().replace(/\(+/g, '(').replace(/\)+/g, ')').replace(/\[+/g, '[').replace(/\]+/g, ']');
}
