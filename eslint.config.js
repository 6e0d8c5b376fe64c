// Lint: typescript-eslint (type-aware where it matters) + lit and web-component rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'custom-elements.json', 'examples/react/dist/', 'bench/results/'],
  },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Report data must stay text: no HTML from strings anywhere in the library.
      'no-restricted-imports': ['error', { paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Report data is rendered as text (CSP, Trusted Types).' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Report data is rendered as text (CSP, Trusted Types).' },
      ] }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render text through Lit bindings.' },
        { property: 'outerHTML', message: 'Render text through Lit bindings.' },
        { property: 'insertAdjacentHTML', message: 'Render text through Lit bindings.' },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', 'examples/**'],
    rules: { 'no-restricted-properties': 'off', 'wc/no-constructor-attributes': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.config.*', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
