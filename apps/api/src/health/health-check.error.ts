import { NotifyError } from '@herald/domain';

export class HealthCheckError extends NotifyError {
  constructor() {
    super(503, [{ error: 'HealthCheckError', message: 'Database unavailable' }]);
  }
}
