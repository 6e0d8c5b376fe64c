/**
 * Builds the React example as an app that depends on `hled-widgets` would: `hled-widgets/...` is
 * resolved through the package's own `exports` map (Node's self-reference), to the built dist/.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

function thisPackage(): Plugin {
  return {
    name: 'hled-widgets-self-reference',
    enforce: 'pre',
    resolveId(source) {
      return /^hled-widgets(\/|$)/.test(source) ? fileURLToPath(import.meta.resolve(source)) : null;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [thisPackage()],
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
});
