import { NotifyError } from '../errors/notify-error';

/** How each dependency of the API answered a health check (`migrations` and `process` only in readiness). */
export interface HealthComponents {
  readonly database: 'ok' | 'unavailable';
  readonly redis: 'ok' | 'unavailable';
  readonly migrations?: 'ok' | 'pending' | 'unknown';
  readonly process?: 'ok' | 'stopping';
}

const PROBLEMS: Record<string, string> = {
  database: 'Database unavailable',
  redis: 'Redis unavailable',
  migrations: 'Database migrations not applied',
  process: 'Stopping',
};

/** 503 in Notify's error shape, with each dependency's state beside it (`status`, `database`, `redis`...). */
export class HealthCheckError extends NotifyError {
  constructor(readonly components: HealthComponents) {
    const down = Object.entries(components)
      .filter(([, state]) => state !== 'ok')
      .map(([name]) => PROBLEMS[name]);
    super(503, [{ error: 'HealthCheckError', message: joined(down) }]);
  }

  override toBody(): { status_code: number; errors: { error: string; message: string }[] } & Record<string, unknown> {
    return { status: 'error', ...this.components, ...super.toBody() };
  }
}

/** "Database unavailable", "Database and Redis unavailable" as before; other problems listed after. */
function joined(problems: string[]): string {
  const unavailable = problems.filter((p) => p.endsWith(' unavailable')).map((p) => p.replace(' unavailable', ''));
  const others = problems.filter((p) => !p.endsWith(' unavailable'));
  return [...(unavailable.length ? [`${unavailable.join(' and ')} unavailable`] : []), ...others].join('; ');
}
