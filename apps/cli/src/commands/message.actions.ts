import { readFileSync } from 'node:fs';
import type { MessageSendRequest } from '@herald/administration';
import { InvalidFieldsError, type MessageBody } from '@herald/domain';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { MessageSendOptions, MessageShowOptions } from './message.command';

/** The options the shared checks' fields come from, so a refusal names what to change on the command line. */
const OPTION_OF_FIELD: ReadonlyArray<[RegExp, string]> = [
  [/^template_set_id$/, '--set'],
  [/^routing\.method$/, '--method'],
  [/^routing\.channels$/, '--channels'],
  [/^routing\.fallback_after\./, '--fallback-after'],
  [/^recipient\.address$/, '--address-line'],
  [/^language$/, '--language'],
  [/^reference$/, '--reference'],
];

/** MessageAcceptor's checks and route plan, as the actor given with --created-by (audit: `message.sent`). */
export async function sendMessage(session: CliSession, options: MessageSendOptions): Promise<void> {
  const request = requestOf(options);
  const actor = await session.actor(options.createdBy);
  const body = await withOptionNames(() => session.administration.messages.send(actor, options.service, request, new Date()));
  printResult(options.json, { ...body }, [`Accepted message ${body.id}: ${body.status}`, ...routePlanLines(body)].join('\n'));
}

export async function showMessage(session: CliSession, options: MessageShowOptions): Promise<void> {
  const body = await session.administration.messages.show(options.service, options.message);
  printResult(options.json, { ...body }, summary(body).join('\n'));
}

function requestOf(options: MessageSendOptions): MessageSendRequest {
  return {
    templateSetId: options.set,
    emailAddress: options.email,
    phoneNumber: options.phone,
    addressLines: options.addressLine,
    method: options.method,
    channels: options.channels
      .split(',')
      .map((channel) => channel.trim())
      .filter(Boolean),
    fallbackAfter: pairs('--fallback-after', options.fallbackAfter, 'letter=P2D'),
    personalisation: personalisationOf(options),
    reference: options.reference,
    language: options.language,
  };
}

function personalisationOf(options: MessageSendOptions): Record<string, unknown> {
  if (options.personalisationFile === undefined) return pairs('--personalisation', options.personalisation, 'name=Jo');
  if (options.personalisation.length) throw new CliError('usage', 'Give --personalisation or --personalisation-file, not both');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(options.personalisationFile, 'utf8'));
  } catch {
    throw new CliError('invalid', `--personalisation-file: cannot read a JSON object from ${options.personalisationFile}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new CliError('invalid', `--personalisation-file: ${options.personalisationFile} must hold a JSON object`);
  return parsed as Record<string, unknown>;
}

/** `key=value` options as an object; the value may itself hold `=`. */
function pairs(option: string, values: readonly string[], example: string): Record<string, string> {
  const entries = values.map((value) => {
    const at = value.indexOf('=');
    if (at <= 0) throw new CliError('usage', `${option} ${value}: give <key>=<value>, e.g. ${example}`);
    return [value.slice(0, at), value.slice(at + 1)];
  });
  return Object.fromEntries(entries);
}

async function withOptionNames<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InvalidFieldsError)) throw error;
    const messages = error.problems.map((p) => {
      const option = OPTION_OF_FIELD.find(([field]) => field.test(p.field))?.[1];
      return option ? `${option}: ${p.message}` : p.message;
    });
    throw new CliError('invalid', messages.join('; '));
  }
}

function summary(body: MessageBody): string[] {
  const via = body.delivered_via ? `, delivered via ${body.delivered_via}` : '';
  const attempts = body.attempts.map((a) => `    ${a.channel.padEnd(7)}${a.id}  ${a.status}${a.status_reason ? ` (${a.status_reason})` : ''}  ${a.created_at}`);
  return [
    `Message ${body.id}: ${body.status}${via}`,
    `  ${body.routing.method}, template set ${body.template_set.id} version ${body.template_set.version}${body.reference ? `, reference ${body.reference}` : ''}`,
    ...routePlanLines(body),
    '  attempts:',
    ...(attempts.length ? attempts : ['    none yet']),
  ];
}

/** One line a channel: the decision, its reason (R-RT-6) and the layer of preferences that decided (R-PR-4). */
function routePlanLines(body: MessageBody): string[] {
  return [
    '  route plan:',
    ...body.route_plan.map(
      (step, index) =>
        `    ${index + 1}. ${step.channel.padEnd(7)}${step.decision.padEnd(10)}${step.reason} (decided by ${step.decided_by})${step.language ? `, language ${step.language}` : ''}${step.attempt_id ? `, attempt ${step.attempt_id}` : ''}`,
    ),
  ];
}
