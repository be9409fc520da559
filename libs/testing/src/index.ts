export { eventually } from './eventually';
export { BROWSER_DEADLINE_MS, BROWSER_TEST_TIMEOUT_MS, WAIT_DEADLINE_MS } from './deadlines';
export { HeraldUnderTest } from './herald-under-test';
export { LoopbackSmtp } from './loopback-smtp';
export { CallbackAnswer, LoopbackCallbacks, ReceivedCallback } from './loopback-callbacks';
export { LoopbackTwilio, ReceivedTwilioMessage, TwilioFailure } from './loopback-twilio';
export { LoopbackSns, SnsEnvelope } from './loopback-sns';
export { LoopbackIdentityProvider, LoopbackIdentityProviderOptions } from './loopback-identity-provider';
export type { DevCitizen } from '../../../apps/citizen/src/identity/dev-identity-provider';
export { CookieJar, Followed } from './cookie-jar';
export { csrfTokenIn, signInAtProvider, startCitizenSignIn } from './citizen-sign-in';
export { CitizenUnderTest } from './citizen-under-test';
export { bearerFor, notifyToken } from './notify-token';
export { Scenario, TestApiKey, TestUser } from './scenario';
export { aSqliteTestConfig, aTestConfig, aTestDatabaseUrl, anEmptyTestDatabaseUrl } from './test-config';
export { pdfText, pdfTextRunDetails, pdfTextRuns, PdfTextOptions, PdfTextRun } from './pdf-text';
export { LoopbackSftp } from './loopback-sftp';
export { BOTH_DATABASES, openPersistence } from './persistence-under-test';
export { CliResult, heraldJson, runHeraldCli } from './cli-under-test';
export { AdminUnderTest, aFreePort } from './admin-under-test';
export {
  activateWithKeyboard,
  checkAccessibility,
  checkPage,
  closePage,
  launchBrowser,
  newContext,
  newPage,
  openPage,
  pressTabUntil,
  saveScreenshot,
  SCREENSHOT_DIR,
  typeWithKeyboard,
} from './browser/browser';
export { signInWithKeyboard } from './browser/sign-in-with-keyboard';
export { checkReflow, REFLOW_VIEWPORT } from './browser/reflow';
export { nextTotpCode, totpCodeAt } from './totp-codes';
export { aTestMobile } from './test-mobiles';
export { ManualClock } from './manual-clock';
export {
  FakeRegisterServer,
  FakeRegisterServerOptions,
  RecordedLookup,
  RecordedRegisterRequest,
  RecordedUndeliverableReport,
  RegisterFailure,
  RegisterPerson,
} from './registers/fake-register-server';
export { xRoadRequestHash } from './registers/x-road-request-hash';
export {
  ADDRESS,
  Choice,
  ENGLISH_SET,
  MessageView,
  OmnichannelDepartment,
  aChoice,
  aPublishedSet,
  anOmnichannelDepartment,
  created,
  getMessage,
  postMessage,
} from './omnichannel-scenario';
export { aMessageWithBrailleLetter, aTemplateSet, FixtureApp, omnichannelFixtures } from './omnichannel-fixtures';
export { aLookUp, LookUpOptions, oversightFixtures, SeededLookUp } from './oversight-fixtures';
export { aRegisterGrant, RegisterGrant } from './once-only-scenario';
export { addStatusHistory, copyNotification, NotificationCopies, notificationColumns } from './notification-backlog';
export { DeleteStatement, DeleteStatementLog } from './delete-statement-log';
export { NotificationWriterOptions, NotificationWriters, NotificationWrites } from './notification-writers';
export { aNewNotification } from './new-notification';
export { anOutboundEmail } from './outbound-email';
export { aLetterPdf } from './letter-pdfs';
