import { NotifyError } from '../errors/notify-error';

/** How each dependency of the API answered a health check. */
export interface HealthComponents {
  readonly database: 'ok' | 'unavailable';
  readonly redis: 'ok' | 'unavailable';
}

/** 503 in Notify's error shape, with each dependency's state beside it (`status`, `database`, `redis`). */
export class HealthCheckError extends NotifyError {
  constructor(readonly components: HealthComponents) {
    const down = Object.entries(components)
      .filter(([, state]) => state !== 'ok')
      .map(([name]) => (name === 'redis' ? 'Redis' : 'Database'));
    super(503, [{ error: 'HealthCheckError', message: `${down.join(' and ')} unavailable` }]);
  }

  override toBody(): { status_code: number; errors: { error: string; message: string }[] } & Record<string, unknown> {
    return { status: 'error', ...this.components, ...super.toBody() };
  }
}
