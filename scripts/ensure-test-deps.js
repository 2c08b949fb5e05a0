#!/usr/bin/env node
/**
 * `npm test`'s pretest step: makes sure the system programs the suite needs are there before minutes of tests run.
 *
 * - Chromium (Debian `chromium`) for the task pane's browser test and the offline-pages check;
 * - LibreOffice (`libreoffice-calc-nogui`) for the portable-formula proof and the runner's legacy-format tests;
 * - Noto CJK fonts (`fonts-noto-cjk`) so the browser test's screenshot shows Chinese text. No test fails without
 *   them, so they are installed along with the others but never stop the run on their own.
 *
 * When something required is missing it installs it when it can (root, or passwordless `sudo -n`) with apt-get,
 * and otherwise stops within seconds with exit 1 and the one command to run. Why a script and not a README step:
 * the README promises two commands on a bare machine, and `.ci/run` runs exactly the second one.
 *
 * The decision is a pure function of injected probes (PATH, uid, sudo), unit-tested in test/scripts/.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

/** What the suite needs from the system, and the Debian package that provides it. */
const NEEDS = [
  { key: 'chromium', label: 'Chromium', pkg: 'chromium', required: true },
  { key: 'soffice', label: 'LibreOffice', pkg: 'libreoffice-calc-nogui', required: true },
  { key: 'cjkFonts', label: 'Noto CJK fonts', pkg: 'fonts-noto-cjk', required: false },
];

const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto-cjk'];

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first directory of PATH holding an executable `name`, as the shell would find it. */
function findOnPath(name, pathValue) {
  for (const dir of (pathValue || '').split(path.delimiter)) {
    if (dir !== '' && isExecutableFile(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** Probes of the real machine; tests pass their own. */
function systemProbes(env = process.env) {
  return {
    env,
    onPath: (name) => findOnPath(name, env.PATH) !== undefined,
    isExecutable: isExecutableFile,
    fontsInstalled: () => FONT_DIRS.some((dir) => {
      try {
        return fs.readdirSync(dir).some((f) => /CJK/i.test(f));
      } catch {
        return false;
      }
    }),
    uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
    sudoWorks: () => findOnPath('sudo', env.PATH) !== undefined
      && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0,
  };
}

/** Which needs are present: TIERBOOK_CHROMIUM / TIERBOOK_SOFFICE name the binaries explicitly, as the tests read them. */
function presence(probes) {
  const { env } = probes;
  return {
    chromium: env.TIERBOOK_CHROMIUM ? probes.isExecutable(env.TIERBOOK_CHROMIUM) : probes.onPath('chromium'),
    soffice: env.TIERBOOK_SOFFICE ? probes.isExecutable(env.TIERBOOK_SOFFICE) : probes.onPath('soffice') || probes.onPath('libreoffice'),
    cjkFonts: probes.fontsInstalled(),
  };
}

function installCommand(prefix, pkgs) {
  return [...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', ...pkgs];
}

/**
 * What to do: nothing, install (as root, or through sudo -n), warn (only optional things missing and no way to
 * install them), or stop with the command the user has to run.
 */
function decide(probes) {
  const present = presence(probes);
  const missing = NEEDS.filter((n) => !present[n.key]);
  if (missing.length === 0) return { action: 'none', missing: [] };
  const pkgs = missing.map((n) => n.pkg);
  const requiredMissing = missing.some((n) => n.required);
  const canApt = probes.onPath('apt-get');
  if (canApt && probes.uid === 0) return { action: 'install', missing, prefix: [], pkgs };
  if (canApt && probes.sudoWorks()) return { action: 'install', missing, prefix: ['sudo', '-n'], pkgs };
  if (!requiredMissing) return { action: 'warn', missing, pkgs };
  const sudo = probes.uid === 0 ? '' : 'sudo ';
  const fix = `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  return { action: 'stop', missing, pkgs, fix };
}

function run(argv, log) {
  log(`ensure-test-deps: ${argv.join(' ')}`);
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Runs the decision; returns the process exit code. `runCommand` is injected so tests never run apt. */
function ensureTestDeps(probes = systemProbes(), log = (line) => process.stderr.write(`${line}\n`), runCommand = run) {
  const decision = decide(probes);
  const names = (decision.missing || []).map((n) => `${n.label} (${n.pkg})`).join(', ');
  if (decision.action === 'none') return 0;
  if (decision.action === 'warn') {
    log(`ensure-test-deps: ${names} missing; the tests pass without them (install with: apt-get install ${decision.pkgs.join(' ')}).`);
    return 0;
  }
  if (decision.action === 'stop') {
    log(`ensure-test-deps: the tests need ${names}, which are not installed, and this user cannot install them.`);
    log(`Run this once, then npm test again:\n  ${decision.fix}`);
    return 1;
  }
  log(`ensure-test-deps: installing ${names} for the tests.`);
  const ok = runCommand([...decision.prefix, 'apt-get', 'update', '-qq'], log)
    && runCommand(installCommand(decision.prefix, decision.pkgs), log);
  const after = decide({ ...probes, uid: -1, sudoWorks: () => false });
  const stillMissing = (after.missing || []).filter((n) => n.required);
  if (!ok || stillMissing.length > 0) {
    const what = stillMissing.length > 0 ? stillMissing.map((n) => n.label).join(', ') : names;
    const how = ok ? `apt-get finished but ${what} still not found on PATH` : `installing failed; ${what} still missing`;
    log(`ensure-test-deps: ${how}. Run: apt-get update && apt-get install -y --no-install-recommends ${decision.pkgs.join(' ')}`);
    return 1;
  }
  return 0;
}

module.exports = { NEEDS, decide, ensureTestDeps, findOnPath, systemProbes };

if (require.main === module) process.exitCode = ensureTestDeps();
