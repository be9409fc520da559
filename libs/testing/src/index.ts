export { eventually } from './eventually';
export { HeraldUnderTest } from './herald-under-test';
export { LoopbackSmtp } from './loopback-smtp';
export { bearerFor, notifyToken } from './notify-token';
export { Scenario, TestApiKey } from './scenario';
export { aSqliteTestConfig, aTestConfig, workerDatabaseUrl } from './test-config';
