export { fieldsReturned, LookupReason, RegisterConnector, UndeliverableReport } from './register-connector';
export { RegisterConnectors } from './register-connectors';
export { RegistersModule } from './registers.module';
export {
  commonRegisterSettings,
  CommonRegisterSettings,
  DEFAULT_TIMEOUT_MS,
  REDACTED_SECRET,
  redactRegisterSettings,
  registerAnswers,
  registerSettingsProblems,
  SECRET_SETTINGS,
} from './register-settings';
export { InvalidRegisterSettingsError } from './invalid-register-settings.error';
export { RegisterReportError } from './register-report.error';
export { FakeRegisterConnector, FakeRegisterPerson, FakeRegisterReport } from './adapters/fake-register.connector';
