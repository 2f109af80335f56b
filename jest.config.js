// One jest, five projects: the pure rules, the server, the app's components, the weapp boot test
// and the end-to-end tests. scripts/test.mjs decides which run when (and under which TZ).
const path = require('node:path')

const testUtils = path.dirname(require.resolve('@tarojs/test-utils-react/package.json'))

/** Plain TypeScript for Node: the domain, the server and the Node-side tests. */
const nodeTransform = {
  '^.+\\.[cm]?[jt]sx?$': [
    'babel-jest',
    {
      configFile: false,
      babelrc: false,
      presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
    },
  ],
}

const nodeProject = (displayName, testMatch, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch,
  transform: nodeTransform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // The aliases of tsconfig.json: @/ is src/, @server/ is server/src/.
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^@server/(.*)$': '<rootDir>/server/src/$1' },
  ...extra,
})

// The ESM packages babel must compile; everything else in node_modules is left alone (TARO-NOTES).
const ESM_PACKAGES = [
  '@tarojs', '@stencil', '@nutui', 'swiper', 'lodash-es', 'query-string',
  'decode-uri-component', 'filter-obj', 'split-on-first',
]

const components = {
  displayName: 'components',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
  testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/lib/**/*.test.ts'],
  setupFiles: [path.join(testUtils, 'dist/jest/jest.setup.js')],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/components.setup.ts'],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs)$': path.join(testUtils, 'dist/jest/babel-transformer.js'),
  },
  transformIgnorePatterns: [`^<rootDir>/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tests/(.*)$': '<rootDir>/tests/$1',
    '@tarojs/taro$': path.join(testUtils, 'dist/jest/runtime/taro-h5.js'),
    '@tarojs/components$': '@tarojs/components/lib/react/index',
    '\\.(css|scss)$': '<rootDir>/tests/setup/empty-module.js',
    // They need a canvas at import time; no component under test animates.
    '^lottie-react$': '<rootDir>/tests/setup/empty-module.js',
    '^@nutui/lottie-miniprogram$': '<rootDir>/tests/setup/empty-module.js',
  },
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    __TARO_FRAMEWORK__: 'react',
  },
}

module.exports = {
  cacheDirectory: '<rootDir>/.cache/jest',
  projects: [
    nodeProject('domain', ['<rootDir>/src/domain/**/*.test.ts']),
    // content-disposition and cookie (from @fastify/static and inject) ship ESM only.
    nodeProject('server', ['<rootDir>/server/test/**/*.test.ts'], {
      transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/server.setup.ts'],
    }),
    components,
    nodeProject('weapp-boot', ['<rootDir>/tests/weapp-boot/**/*.test.ts']),
    // The release build's checks (config/release-origin.ts) and its output (dist/weapp-release).
    nodeProject('release', ['<rootDir>/tests/release/**/*.test.ts']),
    // WeChat's own compilers and simulator on dist/weapp. jsdom for j-component; the built bundle
    // is loaded as it is (never transformed), and the backend runs in a child process.
    nodeProject('weapp-sim', ['<rootDir>/tests/weapp-sim/**/*.test.ts'], {
      testEnvironment: 'jsdom',
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
      slowTestThreshold: 60,
    }),
    nodeProject('e2e', ['<rootDir>/e2e/**/*.test.ts'], { slowTestThreshold: 60, testEnvironment: '<rootDir>/tests/setup/e2e-environment.cjs' }),
  ],
}
