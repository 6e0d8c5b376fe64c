#!/usr/bin/env node
// `npm run examples`: serves the repository's root, so that the pages in examples/ load ../dist/
// (and the host sites' CSS from ../node_modules/) as they would from a server, and prints their
// addresses. Needs `npm run build` first (dist/, examples/static.html, examples/react/dist/).
// The server is @web/dev-server, which comes with @web/test-runner (no dependency of its own): it
// serves the files as they are, with their content types. PORT sets the port (default 8000; when it
// is taken, a free one, said in one line).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

const missing = ['dist/hled-widgets.js', 'examples/static.html', 'examples/react/dist/index.html'].filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: run \`npm run build\` first.`);
  process.exit(1);
}

/** `port` if nothing listens there, else a free port (0: the system's choice), or undefined if `required`. */
function portFrom(port, required) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => (required ? resolve(undefined) : portFrom(0, true).then(resolve)));
    probe.listen(port, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}

const wanted = Number(process.env.PORT ?? 8000);
const port = await portFrom(wanted, process.env.PORT !== undefined);
if (port === undefined) {
  console.error(`Port ${wanted} (PORT) is in use: choose another, or leave PORT unset for a free one.`);
  process.exit(1);
}
if (port !== wanted) console.log(`Port ${wanted} is in use: serving on ${port} instead.`);
const server = await startDevServer({
  config: { rootDir: process.cwd(), port, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.config.port}`;
console.log(`Examples (Ctrl+C to stop):
  ${base}/examples/trade-gov.html     trade.gov: USWDS page, English, the script tag and the trade.gov theme
  ${base}/examples/gob-mx.html        gob.mx: Bootstrap 3 and jQuery page, Spanish, the gob.mx theme
  ${base}/examples/static.html        static HTML from \`hled-widgets render\`, no script at all
  ${base}/examples/react/dist/        a React app using hled-widgets/react.js, English and Spanish
What each one shows: examples/README.md.`);
