import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { badRequest } from '../../errors/notify-error';
import { parseBoundedJson } from '../../http/bounded-json';

/**
 * The request body parsed as JSON whatever its Content-Type, as Notify does, nested at most
 * MAX_JSON_DEPTH levels. Parsing happens here rather than in Fastify so that authentication
 * (ApiKeyHook, before the body is read) and the rate limit always answer first.
 */
export const NotifyBody = createParamDecorator((options: { allowEmpty?: boolean } | undefined, ctx: ExecutionContext): unknown => {
  const raw = ctx.switchToHttp().getRequest<{ body?: unknown }>().body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') {
    if (options?.allowEmpty) return {};
    throw badRequest('Invalid JSON supplied in POST data');
  }
  return parseBoundedJson(text) ?? {};
});
