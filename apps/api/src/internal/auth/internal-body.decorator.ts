import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { badRequest } from '../../errors/notify-error';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../http/bounded-json';

/** An internal endpoint's JSON body as an object (bodies arrive as text; see create-api-app). */
export const InternalBody = createParamDecorator((_: unknown, ctx: ExecutionContext): Record<string, unknown> => {
  const raw = ctx.switchToHttp().getRequest<{ body?: unknown }>().body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') return {};
  // The same depth cap as the public API's: later walks over the body stay bounded.
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw badRequest(`The body must be JSON nested at most ${MAX_JSON_DEPTH} levels deep`);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // falls through to the error below
  }
  throw badRequest('The body must be a JSON object');
});
