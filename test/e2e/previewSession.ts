/**
 * The preview page (preview/) built in production mode into a temporary folder, served on 127.0.0.1 on a free
 * port, and a headless Chromium to open it in. Chromium is Debian's (/usr/bin/chromium, or TIERBOOK_CHROMIUM).
 */
import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { servePreview, type PreviewServer } from '../../preview/previewServer';

const ROOT = path.join(__dirname, '..', '..');
export const CHROMIUM = process.env.TIERBOOK_CHROMIUM || '/usr/bin/chromium';

/** The flags of the brief: no sandbox (containers), no GPU, and none of Chromium's own network traffic. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PreviewSession {
  readonly server: PreviewServer;
  readonly browser: Browser;
  readonly buildSeconds: number;
  close(): Promise<void>;
}

/**
 * `node preview/buildPreview.js` in a child process (webpack stays out of jest's module sandbox): production mode,
 * without Terser, which would triple the build time and changes nothing the test looks at (the bundle scans of
 * test/security check the minified add-in build).
 */
function buildInto(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, 'preview', 'buildPreview.js'), '--mode', 'production', '--no-minify', '--out', outDir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`the preview build failed:\n${stderr || error.message}`));
      else resolve();
    });
  });
}

/** Fails, never skips, without Chromium: the end-to-end test is part of `npm test`. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set TIERBOOK_CHROMIUM to a Chromium binary`);
  }
}

export async function openPreviewSession(): Promise<PreviewSession> {
  assertChromium();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-preview-'));
  const started = Date.now();
  await buildInto(outDir);
  const buildSeconds = (Date.now() - started) / 1000;
  const server = await servePreview(outDir);
  const removeBuild = (): void => fs.rmSync(outDir, { recursive: true, force: true });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await server.close();
    removeBuild();
    throw error;
  }
  return {
    server, browser, buildSeconds,
    close: async () => {
      await browser.close();
      await server.close();
      removeBuild();
    },
  };
}
