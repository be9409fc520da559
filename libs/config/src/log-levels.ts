import { LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest wants every level up to the configured one. */
export function nestLogLevels(level: 'error' | 'warn' | 'log' | 'debug' | 'verbose'): LogLevel[] {
  return ORDER.slice(0, ORDER.indexOf(level) + 1);
}
