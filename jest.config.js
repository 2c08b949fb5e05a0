/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['<rootDir>/test/setup/customFunctions.ts'],
  // One production build per run, for tests of what ships (built manifest, bundle scan, browser e2e).
  globalSetup: '<rootDir>/test/support/globalSetup.js',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // d3 (under @fluentui/react-charts) ships ES modules only as its main; jest loads its UMD build instead.
  moduleNameMapper: { '^(d3-[a-z-]+)$': '<rootDir>/node_modules/$1/dist/$1.js' },
  testTimeout: 120000,
};
