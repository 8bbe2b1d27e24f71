import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Layers, lowest first; each folder may import only from the folders beneath it (docs/architecture.md).
// The core folders (a11y, content, i18n, state, story) share types and hooks with one another.
const CORE = ['a11y', 'content', 'i18n', 'state', 'story'];
const VIEWS = ['scene3d', 'panels', 'storyboard'];
const forbid = (target, from) => ({
  target: `./src/${target}`,
  from: from.map((f) => `./src/${f}`),
  message: `src/${target} sits beneath these folders; move the shared part down (see docs/architecture.md).`,
});
const LAYER_ZONES = [
  forbid('model', ['theme', ...CORE, 'ui', ...VIEWS, 'modes', 'teach', 'app', 'offline']),
  forbid('theme', [...CORE, 'ui', ...VIEWS, 'modes', 'teach', 'app', 'offline']),
  ...CORE.map((f) => forbid(f, ['ui', ...VIEWS, 'modes', 'teach', 'app', 'offline'])),
  forbid('ui', [...VIEWS, 'modes', 'teach', 'app', 'offline']),
  ...VIEWS.map((f) =>
    forbid(f, [...VIEWS.filter((v) => v !== f), 'modes', 'teach', 'app', 'offline']),
  ),
  forbid('modes', ['scene3d', 'panels', 'teach', 'app']),
  forbid('teach', ['scene3d', 'app', 'offline']),
  forbid('workers', ['theme', ...CORE, 'ui', ...VIEWS, 'modes', 'teach', 'app', 'offline']),
  forbid('offline', ['model', 'theme', ...CORE, 'ui', ...VIEWS, 'modes', 'teach', 'app']),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/artifacts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // R3F mutates three objects held in refs every frame; that is its documented pattern.
      'react-hooks/immutability': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'three', 'three/*', '@react-three/*', '../*'] },
      ],
    },
  },
);
