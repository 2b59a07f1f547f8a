// Lint rules that carry the design's promises: only the host adapters touch Office globals,
// nothing anywhere can call an Outlook API that sends mail, and imports point one way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const SEND_APIS = ['sendAsync', 'makeEwsRequestAsync', 'getCallbackTokenAsync'];
const SEND_MESSAGE = 'Wenshu never sends mail: send-capable Outlook APIs are forbidden (DESIGN.md, promise 2).';
// Graph's /sendMail and /send actions (a template literal splits the latter into parts, so any
// path segment named send counts) and EWS's SendItem / CreateItem with SendAndSaveCopy.
const SEND_ENDPOINT = '/(\\/send(Mail)?\\b|\\bSendItem\\b|SendAndSaveCopy|SendOnly)/';

const neverSend = {
  'no-restricted-properties': ['error', ...SEND_APIS.map((property) => ({ property, message: SEND_MESSAGE }))],
  'no-restricted-syntax': [
    'error',
    { selector: `Identifier[name=/^(${SEND_APIS.join('|')})$/]`, message: SEND_MESSAGE },
    { selector: `Literal[value=${SEND_ENDPOINT}]`, message: SEND_MESSAGE },
    { selector: `TemplateElement[value.raw=${SEND_ENDPOINT}]`, message: SEND_MESSAGE },
  ],
};

const OFFICE_GLOBALS = ['Office', 'Word', 'Outlook', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Only the host adapters in addin/host/ may use Office globals; take a HostAdapter instead.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...neverSend,
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // These files name the forbidden APIs in order to forbid them, or to prove the rules work.
    files: ['eslint.config.js', 'tests/project/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['addin/host/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'src/core is pure TypeScript: no node:* imports.' },
          { group: ['**/server/**', '**/addin/**'], message: 'src/core imports neither the server nor the add-in.' },
        ],
      }],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/addin/**'], message: 'The server never imports add-in code.' }] }],
    },
  },
  {
    files: ['addin/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/src/server/**', '**/server/**'], message: 'The add-in never imports server code; share types through src/core.' },
          { group: ['node:*'], message: 'The add-in runs in a browser.' },
        ],
      }],
    },
  },
);
