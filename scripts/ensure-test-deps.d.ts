/** Types of scripts/ensure-test-deps.js, for the tests in test/scripts/. */

export interface TestNeed {
  key: 'chromium' | 'soffice' | 'cjkFonts';
  label: string;
  pkg: string;
  /** false: installed along with the others, but no test fails without it. */
  required: boolean;
}

/** The machine as the script sees it; tests inject their own. */
export interface Probes {
  env: Record<string, string | undefined>;
  onPath(name: string): boolean;
  isExecutable(file: string): boolean;
  fontsInstalled(): boolean;
  uid: number | undefined;
  sudoWorks(): boolean;
}

export type Decision =
  | { action: 'none'; missing: TestNeed[] }
  | { action: 'install'; missing: TestNeed[]; prefix: string[]; pkgs: string[] }
  | { action: 'warn'; missing: TestNeed[]; pkgs: string[] }
  | { action: 'stop'; missing: TestNeed[]; pkgs: string[]; fix: string };

export const NEEDS: readonly TestNeed[];
export function decide(probes: Probes): Decision;
export function ensureTestDeps(probes?: Probes, log?: (line: string) => void, runCommand?: (argv: string[], log: (line: string) => void) => boolean): number;
export function findOnPath(name: string, pathValue: string | undefined): string | undefined;
export function systemProbes(env?: Record<string, string | undefined>): Probes;
