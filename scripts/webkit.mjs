// WebKit (Safari's engine) for the browser tests. Debian's webkit2gtk-driver serves W3C WebDriver
// (`WebKitWebDriver`, browserName `MiniBrowser`); MiniBrowser needs an X display, so the driver runs
// under `xvfb-run`. `webkitLauncher()` is @web/test-runner-webdriver's launcher that starts that
// driver itself, on a free port, when the test run initializes its browsers, and stops it (with its
// Xvfb and browser) when the run stops: `npm test` needs nothing running beforehand.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** A TCP port nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `xvfb-run -a WebKitWebDriver --port=N` in its own process group; resolves once it serves. */
async function startDriver({ driver, xvfbRun }, port) {
  const child = spawn(xvfbRun, ['-a', driver, `--port=${port}`], {
    // Its own process group: a Ctrl-C in the terminal reaches only the test runner, which then
    // stops the driver in order; and the group can be killed at once as a last resort.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  let exited = null;
  child.on('exit', (code, signal) => (exited = code ?? signal));
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`WebKitWebDriver exited (${exited}) before serving:\n${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await res.json()).value?.ready) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s:\n${stderr}`);
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Ids of the processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid) {
  const ids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) ids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return ids;
}

/** SIGTERM to Xvfb and the driver: xvfb-run, in its own process group, then cleans up and exits. */
function stopXvfbRunChildren(child) {
  for (const pid of childrenOf(child.pid)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * Stops the driver and lets xvfb-run end on its own: it then stops its Xvfb and removes its
 * /tmp/xvfb-run.* directory, which it does not do when it is killed itself. The whole process group
 * is killed only if that takes more than 5 s.
 */
async function stopDriver(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  stopXvfbRunChildren(child);
  if ((await Promise.race([gone.then(() => true), sleep(5000).then(() => false)])) === false) killGroup(child, 'SIGKILL');
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(paths) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver has one
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver 2.50 refuses a session that asks for WebDriver BiDi (`webSocketUrl`),
        // which WebdriverIO 9 asks for unless told to stay on classic WebDriver.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.paths = paths;
    this.child = null;
    // An interrupted or crashed run must not leave Xvfb and the driver behind either.
    this.onExit = () => this.child && stopXvfbRunChildren(this.child);
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    this.child = await startDriver(this.paths, port);
    process.on('exit', this.onExit);
    this.options.port = port;
    // One test file at a time, each in the top-level page, as in Chromium and Firefox. With more,
    // the launcher runs the files side by side in iframes of one page and switches the WebDriver
    // session into a file's frame for sendKeys without switching back, so the next command meant for
    // the top page (closing another file's frame) runs inside that frame and fails.
    this.concurrency = 1;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    if (this.child) await stopDriver(this.child);
    process.off('exit', this.onExit);
  }
}

/** `paths`: `{ driver, xvfbRun }`, as found by `findWebKit()` in browsers.mjs. */
export function webkitLauncher(paths) {
  return new WebKitLauncher(paths);
}
