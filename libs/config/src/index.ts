export { ConfigError } from './config-error';
export { CONFIG_VARIABLES, ConfigSource, ConfigVariable, TwilioAccountVariable } from './config-variables';
export { parseEncryptionKey } from './encryption-key';
export {
  AdminSettings,
  CallbackSettings,
  DeliveryRetrySettings,
  HeraldConfig,
  PrintSettings,
  ReceiptSettings,
  SmsFailoverSettings,
  SmsSettings,
  TwilioAccount,
} from './herald-config';
export { loadConfig } from './load-config';
export { AWS_SNS_CERTIFICATE_URL_PATTERN } from './receipt-settings';
export { ConfigModule, HERALD_CONFIG, InjectConfig } from './config.module';
export { loadTestSettings, TEST_DATABASE_PREFIX, TestSettings } from './test-settings';
export { nestLogLevels } from './log-levels';
export { CitizenSettings } from './citizen-settings';
