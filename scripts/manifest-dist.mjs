#!/usr/bin/env node
// dist/custom-elements.json, the manifest the package publishes ("customElements" in package.json):
// the analyzer's manifest of the sources (custom-elements.json, which Storybook reads) with its
// module paths pointing at the built files, plus the modules that register each tag, so tools
// (IDEs, Storybook, linters) find which import defines which element.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

const registrations = [];
for (const mod of manifest.modules) {
  mod.path = toDist(mod.path);
  for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
  for (const decl of mod.declarations ?? []) {
    if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
    for (const m of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
      if (m.inheritedFrom?.module) m.inheritedFrom.module = toDist(m.inheritedFrom.module);
    }
    if (decl.customElement && decl.tagName) registrations.push({ tag: decl.tagName, name: decl.name, module: mod.path });
  }
}
for (const { tag, name, module } of registrations) {
  manifest.modules.push({
    kind: 'javascript-module',
    path: `dist/${tag}.js`,
    declarations: [],
    exports: [
      { kind: 'js', name, declaration: { name, module } },
      { kind: 'custom-element-definition', name: tag, declaration: { name, module } },
    ],
  });
}
writeFileSync('dist/custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');
console.log(`  dist/custom-elements.json: ${registrations.map((r) => `<${r.tag}>`).join(', ')}`);
