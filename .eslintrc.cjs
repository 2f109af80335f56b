// Lint is kept small on purpose: TypeScript strict does the heavy lifting. What lint adds is the
// boundary of src/domain/ (pure rules shared by app and server) and a few habits.
// Anything outside the current feature folder is imported through an alias (@/ is src/, @server/
// is server/src/), never by climbing three or more folders.
const DEEP_RELATIVE = { group: ['../../../*'], message: 'Import through @/ (src/) or @server/ (server/src/) instead of climbing folders.' }

const FORBIDDEN_IN_DOMAIN = [
  DEEP_RELATIVE,
  { group: ['@tarojs/*', 'react', 'react-dom', 'react/*', '@nutui/*', 'zustand', 'zustand/*'], message: 'src/domain is pure: no Taro/React/UI imports.' },
  { group: ['fastify', 'fastify/*', '@fastify/*', 'kysely', 'kysely/*', 'pg', 'better-sqlite3', 'pino'], message: 'src/domain is pure: no server or database imports.' },
  { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'crypto'], message: 'src/domain is pure: no I/O; take inputs as parameters.' },
  { group: ['**/services/*', '**/services', '**/stores/*', '**/stores', '**/server/*', '@server/*', '**/pages/*', '**/packages/*', '**/components/*', '**/lib/*', '**/hooks/*'], message: 'src/domain must not depend on the app or the server.' },
]

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint'],
  ignorePatterns: ['dist/', 'node_modules/', '.cache/', '*.js', '*.mjs', '*.cjs'],
  rules: {
    'no-debugger': 'error',
    'no-var': 'error',
    'prefer-const': 'error',
    eqeqeq: ['error', 'smart'],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
  },
  overrides: [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx', 'server/src/**/*.ts', 'staff/src/**/*.ts', 'staff/src/**/*.tsx'],
      rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_RELATIVE] }] },
    },
    {
      // One clock (issue 16): the app reads time through src/lib/clock.ts (and the useNow hook over
      // it), the server through app.now (server/src/app.ts), the staff console through its useNow
      // (staff/src/route.ts). Nowhere else may read the system clock, so any test can fix the time.
      files: ['src/**/*.ts', 'src/**/*.tsx', 'server/src/**/*.ts', 'staff/src/**/*.ts', 'staff/src/**/*.tsx'],
      excludedFiles: ['**/*.test.ts', '**/*.test.tsx', 'src/lib/clock.ts', 'server/src/app.ts', 'staff/src/route.ts'],
      rules: {
        'no-restricted-syntax': ['error',
          { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time through the one clock: now() from @/lib/clock (app), app.now (server).' },
          { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time through the one clock: now() from @/lib/clock (app), app.now (server).' },
        ],
      },
    },
    {
      files: ['src/domain/**/*.ts'],
      excludedFiles: ['src/domain/**/*.test.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_DOMAIN }],
        'no-restricted-globals': ['error',
          { name: 'window', message: 'src/domain is pure.' },
          { name: 'document', message: 'src/domain is pure.' },
          { name: 'localStorage', message: 'src/domain is pure.' },
          { name: 'fetch', message: 'src/domain is pure: no network.' },
        ],
        'no-restricted-syntax': ['error',
          { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain never reads a clock: take `now` as a parameter.' },
          { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/domain never reads a clock: take `now` as a parameter.' },
        ],
      },
    },
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['**/*.test.ts', '**/*.test.tsx'],
      rules: { 'no-console': 'error' },
    },
  ],
}
