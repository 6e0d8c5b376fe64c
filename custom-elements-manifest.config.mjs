// custom-elements.json describes the public API only: it feeds Storybook's docs, the README
// tables and editors' autocompletion, so private and protected members stay out of it.
export default {
  // Without this the analyzer rewrites package.json's "customElements" to its own output, the
  // sources' manifest; the package publishes dist/custom-elements.json (scripts/manifest-dist.mjs).
  packagejson: false,
  globs: ['src/elements/**/*.component.ts', 'src/internal/hled-element.ts', 'src/internal/content-element.ts'],
  litelement: true,
  plugins: [
    {
      name: 'hled-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
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
