// Runs the server tests on their own (`npx jest -c server/jest.config.js`); the root
// jest.config.js has the same settings as its `server` project.
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  displayName: 'server',
  testMatch: ['<rootDir>/server/test/**/*.test.ts'],
  testEnvironment: 'node',
  // content-disposition 3 (@fastify/static) and cookie 1 (light-my-request, behind inject) ship
  // ESM only; jest's CommonJS runtime needs them transformed (plain Node uses require(esm)).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
  transform: {
    '^.+\\.[jt]sx?$': [
      'babel-jest',
      {
        babelrc: false,
        configFile: false,
        presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
      },
    ],
  },
}
