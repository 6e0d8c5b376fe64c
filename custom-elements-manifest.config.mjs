// Options for `cem analyze` (npm run manifest) beyond its command-line flags.
export default {
  // Without this the analyzer rewrites package.json's "customElements" to its own output, the
  // sources' manifest; the package publishes dist/custom-elements.json (scripts/manifest-dist.mjs).
  packagejson: false,
};
