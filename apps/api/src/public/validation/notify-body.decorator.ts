import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { badRequest } from '@herald/domain';

/**
 * The request body parsed as JSON whatever its Content-Type, as Notify does. Parsing happens
 * here rather than in Fastify so that authentication (a guard) always answers first.
 */
export const NotifyBody = createParamDecorator((options: { allowEmpty?: boolean } | undefined, ctx: ExecutionContext): unknown => {
  const raw = ctx.switchToHttp().getRequest<{ body?: unknown }>().body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') {
    if (options?.allowEmpty) return {};
    throw badRequest('Invalid JSON supplied in POST data');
  }
  try {
    return JSON.parse(text) ?? {};
  } catch {
    throw badRequest('Invalid JSON supplied in POST data');
  }
});
