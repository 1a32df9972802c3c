const base = require('./jest.config');

/** Fault and load tests longer than a minute each (churn, soak-like runs): `npm run test:long`, run by `.ci/run` after `npm test`. */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.long.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globals: {},
  maxWorkers: 1,
  testTimeout: 600_000,
};
