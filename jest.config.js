/** One jest run for every package: unit tests per subgraph, gateway tests, end-to-end tests. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  moduleNameMapper: {
    "^@prp/kit$": "<rootDir>/services/kit/src",
    "^@prp/contracts$": "<rootDir>/services/contracts/src",
    "^@prp/kit/core$": "<rootDir>/services/kit/src/core",
    "^@prp/kit/testing$": "<rootDir>/services/kit/src/testing",
    // every registered subgraph's package (services/kit/src/registry.ts) is its definition
    "^@prp/([a-z-]+)$": "<rootDir>/services/$1/src/subgraph",
  },
  setupFiles: ["<rootDir>/test/setup-env.js"],
  testMatch: [
    "<rootDir>/services/*/test/**/*.test.ts",
    "<rootDir>/gateway/test/**/*.test.ts",
    "<rootDir>/test/**/*.test.ts",
  ],
  testTimeout: 120000,
  // e2e tests start processes; one file at a time keeps a 2-core machine predictable
  maxWorkers: 1,
};
