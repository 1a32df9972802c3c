const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Nest 12 and some of its dependencies ship only ES modules, and jest on Node 20 loads CommonJS only;
 * so swc converts exactly the packages that declare "type": "module", found here at start.
 */
function esmPackages(root = join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of readdirSync(root)) {
    const candidates = entry.startsWith('@') ? readdirSync(join(root, entry)).map((name) => `${entry}/${name}`) : [entry];
    for (const name of candidates) {
      try {
        if (JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')).type === 'module') names.push(name);
      } catch {
        // not a package folder (.bin, .cache)
      }
    }
  }
  return names.map((name) => name.replace(/[.+]/g, '\\$&'));
}

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

/** Tests run on the real PostgreSQL: globalSetup migrates a template database, each test file clones it. */
module.exports = {
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // Fault and load tests that take more than a minute run under `npm run test:long` (jest.long.config.js).
  testPathIgnorePatterns: ['/node_modules/', '\\.long\\.spec\\.ts$'],
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().join('|')})/)`],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // A full run of these files must call every operation of the OpenAPI document (test/openapi/README.md).
  globals: { IM_ANSWER_CONTRACT_COVERS_ALL_ROUTES: true },
  testEnvironment: 'node',
  maxWorkers: 2,
  testTimeout: 30000,
};
