import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { text } from '../../engine';
import { CliError } from '../cliError';
import type { TempCleanup } from './tempCleanup';

/** A first start of LibreOffice with a fresh profile takes seconds; a big .xls a minute. Beyond this it is stuck. */
const TIMEOUT_MS = 5 * 60 * 1000;

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** soffice (or libreoffice) on the PATH given, as a shell would find it. */
export function findSoffice(pathValue: string | undefined): string | undefined {
  for (const dir of (pathValue ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    for (const name of ['soffice', 'libreoffice']) if (isExecutableFile(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

export function noLibreOffice(file: string, label: string): CliError {
  return new CliError('INPUT_UNREADABLE', text(
    `${file} 是 ${label} 格式，TierBook 只直接读取 .xlsx：请在 Excel 或 WPS 中另存为 .xlsx，或安装 LibreOffice（apt-get install libreoffice-calc-nogui）让 TierBook 自动转换`,
    `${file} is ${label}; TierBook reads .xlsx directly: save it as .xlsx in Excel or WPS, or install LibreOffice (apt-get install libreoffice-calc-nogui) so TierBook converts it`));
}

function conversionFailed(file: string, label: string, detail: string): CliError {
  const why = detail.replace(/\s+/gu, ' ').trim().slice(0, 200);
  return new CliError('INPUT_UNREADABLE', text(
    `LibreOffice 无法把 ${file}（${label}）转换为 .xlsx（文件是否损坏或设有密码？）：请在 Excel 或 WPS 中打开并另存为 .xlsx${why ? `。LibreOffice：${why}` : ''}`,
    `LibreOffice could not convert ${file} (${label}) to .xlsx (is it damaged or password-protected?): open it in Excel or WPS and save it as .xlsx${why ? `. LibreOffice: ${why}` : ''}`));
}

/** Runs soffice in its own process group, killed with its children on timeout or when the run is stopped. */
function runSoffice(soffice: string, args: readonly string[], cleanup: TempCleanup): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let running = true;
    const kill = (): void => {
      if (running && child.pid !== undefined) {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }
    };
    cleanup.add(kill);
    const timer = setTimeout(kill, TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.on('error', (e) => { running = false; clearTimeout(timer); resolve({ code: null, output: e.message }); });
    child.on('close', (code) => { running = false; clearTimeout(timer); resolve({ code, output }); });
  });
}

/**
 * Converts a legacy workbook (.xls, .xlsb, .ods, WPS .et) to .xlsx with LibreOffice, in the private folder `workDir`:
 * the input is copied there first so LibreOffice leaves no lock file beside the user's file, and it runs with a
 * profile of its own so it neither needs nor touches the user's LibreOffice settings.
 */
export async function convertLegacy(file: string, label: string, workDir: string, cleanup: TempCleanup, pathValue: string | undefined): Promise<string> {
  const soffice = findSoffice(pathValue);
  if (soffice === undefined) throw noLibreOffice(file, label);
  // Under its own name, so a sheet LibreOffice names after the file (a text or HTML "xls") is named as the user knows it.
  const sourceDir = path.join(workDir, 'in');
  fs.mkdirSync(sourceDir);
  const source = path.join(sourceDir, path.basename(file));
  fs.copyFileSync(file, source);
  const outDir = path.join(workDir, 'out');
  fs.mkdirSync(outDir);
  const profile = pathToFileURL(path.join(workDir, 'profile')).href;
  const run = await runSoffice(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck',
    '--convert-to', 'xlsx', '--outdir', outDir, source], cleanup);
  const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.xlsx`);
  // soffice exits 0 even when it could not load the file; only the converted file says it worked.
  if (!fs.existsSync(converted)) throw conversionFailed(file, label, run.code === 0 ? run.output : `exit ${run.code ?? '?'}: ${run.output}`);
  return converted;
}
