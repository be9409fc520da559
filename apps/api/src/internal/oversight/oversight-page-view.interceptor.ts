import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { AuditRepository } from '@herald/persistence';
import type { InternalRequest } from '../auth/signed-in-user';
import { withheld } from './contact-redaction';

/** The action every oversight request is recorded under, before it is answered. */
export const OVERSIGHT_PAGE_VIEWED = 'oversight.page_viewed';

type OversightRequest = InternalRequest & { url: string; query?: Record<string, unknown> };

/**
 * Oversight is itself overseen: every request to /internal/oversight writes an audit event with
 * who asked, the path (the subject) and the query (filters only; any contact detail typed into one
 * is withheld) before the handler runs, so a page that fails is recorded too. Runs after the auth guard.
 */
@Injectable()
export class OversightPageViewInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<OversightRequest>();
    const path = request.url.split('?')[0];
    // As typed, for people to read (`register=population&from=2026-03-01`), not to parse.
    const query = Object.entries(request.query ?? {})
      .map(([name, value]) => `${name}=${withheld(Array.isArray(value) ? value.join(',') : String(value)).slice(0, 200)}`)
      .join('&');
    await this.audit.record({
      userId: request.signedInUser!.id,
      serviceId: null,
      action: OVERSIGHT_PAGE_VIEWED,
      subject: path,
      details: query ? { query } : {},
    });
    return next.handle();
  }
}
