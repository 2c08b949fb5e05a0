/**
 * npm test's pretest step (scripts/ensure-test-deps.js): what it decides for a machine with or without Chromium,
 * LibreOffice and the CJK fonts, as root, with passwordless sudo, or as a plain user. apt is never run here: the
 * command runner is injected and records what it would have run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decide, ensureTestDeps, findOnPath, systemProbes, type Probes } from '../../scripts/ensure-test-deps';

function machine(over: { commands?: string[]; uid?: number; sudo?: boolean; fonts?: boolean; env?: Record<string, string> } = {}): Probes {
  const commands = new Set(over.commands ?? ['chromium', 'soffice', 'apt-get']);
  return {
    env: over.env ?? {},
    onPath: (name) => commands.has(name),
    isExecutable: (file) => file.startsWith('/opt/ok/'),
    fontsInstalled: () => over.fonts ?? true,
    uid: over.uid ?? 1000,
    sudoWorks: () => over.sudo ?? false,
  };
}

function runWith(probes: Probes, installs: (argv: string[]) => boolean = () => true): { code: number; log: string[]; ran: string[][] } {
  const log: string[] = [];
  const ran: string[][] = [];
  const code = ensureTestDeps(probes, (line) => log.push(line), (argv) => { ran.push(argv); return installs(argv); });
  return { code, log, ran };
}

describe('ensure-test-deps decision', () => {
  it('does nothing when Chromium, LibreOffice and the fonts are there', () => {
    expect(decide(machine()).action).toBe('none');
    expect(runWith(machine())).toEqual({ code: 0, log: [], ran: [] });
  });

  it('accepts libreoffice instead of soffice, and the TIERBOOK_CHROMIUM / TIERBOOK_SOFFICE binaries the tests use', () => {
    expect(decide(machine({ commands: ['chromium', 'libreoffice'] })).action).toBe('none');
    expect(decide(machine({ commands: [], env: { TIERBOOK_CHROMIUM: '/opt/ok/chrome', TIERBOOK_SOFFICE: '/opt/ok/soffice' } })).action).toBe('none');
    expect(decide(machine({ commands: ['soffice'], env: { TIERBOOK_CHROMIUM: '/missing/chrome' } })).missing.map((n) => n.pkg)).toEqual(['chromium']);
  });

  it('as root: apt-get update once, then installs exactly the missing packages without recommends', () => {
    let installed = false;
    const probes = machine({ commands: ['apt-get'], uid: 0, fonts: false });
    const after = { ...probes, onPath: (name: string) => name === 'apt-get' || (installed && ['chromium', 'soffice'].includes(name)), fontsInstalled: () => installed };
    const { code, ran } = runWith(after, (argv) => { if (argv.includes('install')) installed = true; return true; });
    expect(code).toBe(0);
    expect(ran).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'libreoffice-calc-nogui', 'fonts-noto-cjk'],
    ]);
  });

  it('with passwordless sudo: the same through sudo -n', () => {
    const decision = decide(machine({ commands: ['chromium', 'apt-get'], sudo: true }));
    expect(decision).toMatchObject({ action: 'install', prefix: ['sudo', '-n'], pkgs: ['libreoffice-calc-nogui'] });
  });

  it('as a plain user without sudo: stops at once with exit 1 and the one command to run, running nothing', () => {
    const { code, log, ran } = runWith(machine({ commands: ['apt-get'], fonts: false }));
    expect(code).toBe(1);
    expect(ran).toEqual([]);
    expect(log.join('\n')).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui fonts-noto-cjk');
  });

  it('as root without apt-get (not Debian): stops with the command, not a failed install', () => {
    const decision = decide(machine({ commands: ['chromium'], uid: 0 }));
    expect(decision).toMatchObject({ action: 'stop', fix: 'apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui' });
  });

  it('only the fonts missing and no way to install them: a note, and the tests go on', () => {
    const { code, log, ran } = runWith(machine({ fonts: false }));
    expect(code).toBe(0);
    expect(ran).toEqual([]);
    expect(log.join('\n')).toContain('fonts-noto-cjk');
  });

  it('an install that fails, or leaves a program missing, ends with exit 1 and the command', () => {
    expect(runWith(machine({ commands: ['apt-get'], uid: 0 }), (argv) => !argv.includes('install')).code).toBe(1);
    const stillMissing = runWith(machine({ commands: ['apt-get', 'chromium'], uid: 0 }));
    expect(stillMissing.code).toBe(1);
    expect(stillMissing.log.join('\n')).toContain('apt-get finished but LibreOffice still not found on PATH');
  });
});

describe('ensure-test-deps probes of the real file system', () => {
  it('finds an executable on a PATH it is given, and not a plain file or one off the PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-deps-'));
    try {
      fs.writeFileSync(path.join(dir, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
      fs.writeFileSync(path.join(dir, 'chromium'), 'not executable', { mode: 0o644 });
      expect(findOnPath('soffice', `/nonexistent${path.delimiter}${dir}`)).toBe(path.join(dir, 'soffice'));
      expect(findOnPath('chromium', dir)).toBeUndefined();
      const probes = systemProbes({ PATH: dir });
      expect(probes.onPath('soffice')).toBe(true);
      expect(probes.onPath('chromium')).toBe(false);
      expect(probes.sudoWorks()).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
