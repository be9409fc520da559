import type { InternalHttp } from './internal-http';
import type { CreatedService, NewServiceRequest } from './services-api.types';

/** Adding a service; the signed-in user becomes its first team member. */
export class ServicesClient {
  constructor(private readonly http: InternalHttp) {}

  /** 400 with a `name` field problem for a name that is blank, too long or already in use. */
  create(request: NewServiceRequest): Promise<CreatedService> {
    return this.http.json('POST', 'services', { body: request });
  }
}
