import type { InternalHttp } from './internal-http';
import type { CreatedService, NewServiceOptions, NewServiceRequest } from './services-api.types';

/** Adding a service; the signed-in user (or the person a platform admin names) becomes its first manager. */
export class ServicesClient {
  constructor(private readonly http: InternalHttp) {}

  /** The organisations to choose from, and whether a manager may be named. */
  options(): Promise<NewServiceOptions> {
    return this.http.json('GET', 'services/options');
  }

  /** 400 with field problems (`name`, `organisation`, `channels`, `managerEmailAddress`), all at once. */
  create(request: NewServiceRequest): Promise<CreatedService> {
    return this.http.json('POST', 'services', { body: request });
  }
}
