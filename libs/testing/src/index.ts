export { eventually } from './eventually';
export { HeraldUnderTest } from './herald-under-test';
export { LoopbackSmtp } from './loopback-smtp';
export { LoopbackTwilio, ReceivedTwilioMessage, TwilioFailure } from './loopback-twilio';
export { bearerFor, notifyToken } from './notify-token';
export { Scenario, TestApiKey } from './scenario';
export { aSqliteTestConfig, aTestConfig, workerDatabaseUrl } from './test-config';
export { pdfText, pdfTextRuns, PdfTextOptions } from './pdf-text';
export { LoopbackSftp } from './loopback-sftp';
