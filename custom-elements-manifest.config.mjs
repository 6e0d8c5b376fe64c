// custom-elements.json describes the public API only: it feeds Storybook's docs, the README
// tables and editors' autocompletion, so private and protected members stay out of it.
// It also says which version of hled-widgets it describes: `"version"`, from package.json (the
// schema has no field of its own for it and allows others; tests/node/release.test.mjs checks it).
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  // Without this the analyzer rewrites package.json's "customElements" to its own output, the
  // sources' manifest; the package publishes dist/custom-elements.json (scripts/manifest-dist.mjs).
  packagejson: false,
  globs: ['src/elements/**/*.component.ts', 'src/core/hled-element.ts', 'src/content/content-element.ts'],
  litelement: true,
  plugins: [
    {
      name: 'hled-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        // After schemaVersion, before the modules: where a reader of the file looks first.
        const { modules } = customElementsManifest;
        delete customElementsManifest.modules;
        Object.assign(customElementsManifest, { version, modules });
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) {
              decl.members = decl.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('_'),
              );
            }
          }
        }
      },
    },
  ],
};
