export { HeraldLogger, HeraldLoggerOptions, heraldLoggerOptions, logFormatFor } from './herald-logger';
export { LogScrubber, SENSITIVE_KEYS } from './log-scrubber';
export { acceptedRequestId, currentRequestId, REQUEST_ID_HEADER, withRequestId } from './request-context';
export { traceRequests } from './request-tracing';
