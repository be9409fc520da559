// One jest run covers unit (*.spec.ts), integration (*.int-spec.ts) and black-box suites under test/
// (e2e, contract, the fault tests: *.fault-spec.ts, and the admin in Chromium: *.browser-spec.ts).
// @swc/jest compiles TypeScript (with decorator metadata for Nest) and the ESM-only @nestjs packages.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.fault-spec.ts', '**/*.browser-spec.ts'],
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/|content-disposition/|openid-client/|oauth4webapi/|jose/|oidc-provider/|syllable/|flesch/|smog-formula/)'],
  moduleNameMapper,
  globalSetup: '<rootDir>/test/jest/global-setup.ts',
  globalTeardown: '<rootDir>/test/jest/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/jest/slowest-suites-reporter.js'],
  maxWorkers: 2,
  // A worker that has run many suites holds gigabytes (Nest apps, Chromium clients, module registries
  // that jest cannot free): past this after a suite, it is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
};
