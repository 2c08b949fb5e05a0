/*
 * Typed access to scripts/security-check.js, where the security rules live once (the script is also the CLI form
 * of these tests), plus the paths the tests share.
 */
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SRC_DIR = path.join(ROOT, 'src');
export const DIST_DIR = path.join(ROOT, 'dist');
export const SCRIPT = path.join(ROOT, 'scripts', 'security-check.js');

export interface ScanRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly why: string;
}

export interface ScanHit {
  readonly rule: string;
  readonly why: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly match: string;
  readonly excerpt: string;
}

/** An exact URL, or a `prefix` for one namespace authority whose URIs are names only. */
export type UrlAllowListEntry = { readonly url: string; readonly reason: string } | { readonly prefix: string; readonly reason: string };

export interface ReviewedFileAccess {
  readonly file: string;
  readonly call: string;
  readonly reason: string;
}

export interface ReviewedLazyImport {
  readonly file: string;
  readonly module: string;
  readonly reason: string;
}

export interface AuditFinding {
  readonly advisory: string;
  readonly package: string;
  readonly severity: string;
  readonly title: string;
  readonly url: string;
  readonly range: string;
}

export interface AuditResult {
  readonly status: 'pass' | 'fail' | 'unavailable';
  readonly reason?: string;
  readonly findings: readonly AuditFinding[];
  readonly excepted: readonly AuditFinding[];
  readonly counts?: Readonly<Record<string, number>>;
}

export interface CheckResult {
  readonly claim: number | 'cli';
  readonly title: string;
  readonly problems: readonly string[];
}

export interface LockedTelemetryPackage {
  readonly key: string;
  readonly name: string;
  readonly version: string;
  readonly dev: boolean;
}

export interface CspOptions {
  readonly allowedScriptOrigins?: readonly string[];
}

export interface SecurityCheck {
  readonly OFFICE_JS_DIR: string;
  readonly NETWORK_RULES: readonly ScanRule[];
  readonly STORAGE_RULES: readonly ScanRule[];
  readonly DYNAMIC_CODE_RULES: readonly ScanRule[];
  readonly TELEMETRY_RULES: readonly ScanRule[];
  readonly URL_ALLOW_LIST: readonly UrlAllowListEntry[];
  readonly SOURCE_URL_ALLOW_LIST: readonly UrlAllowListEntry[];
  readonly CLI_NODE_MODULES: Readonly<Record<string, string>>;
  readonly CLI_PACKAGES: Readonly<Record<string, string>>;
  /** Modules one file alone may import, by its path from the repository root. */
  readonly CLI_FILE_MODULES: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly CLI_FILE_ACCESS: readonly ReviewedFileAccess[];
  /** The reviewed run-time loads: a literal relative import('./…') of the CLI's own code, by file. */
  readonly CLI_LAZY_IMPORTS: readonly ReviewedLazyImport[];
  readonly MAX_EXCEPTION_DAYS: number;
  bundleFiles(distDir?: string): string[];
  sourceFiles(srcDir?: string): string[];
  withoutComments(fileName: string, text: string): string;
  scanText(text: string, rules: readonly ScanRule[], file?: string): ScanHit[];
  scanFiles(files: readonly string[], rules: readonly ScanRule[], root?: string): ScanHit[];
  rejectedUrls(text: string, file?: string, allowList?: readonly UrlAllowListEntry[]): ScanHit[];
  rejectedUrlsInFiles(files: readonly string[], root?: string, allowList?: readonly UrlAllowListEntry[]): ScanHit[];
  unusedAllowListEntries(files: readonly string[], allowList?: readonly UrlAllowListEntry[]): UrlAllowListEntry[];
  describeHit(hit: ScanHit): string;
  manifestProblems(xml: string): string[];
  isTelemetryPackage(name: string): boolean;
  telemetryDependencyProblems(packageJson: unknown, packageLock: unknown): string[];
  telemetryPackagesInLock(packageLock: unknown): LockedTelemetryPackage[];
  parseCsp(policy: string): Map<string, string[]>;
  cspProblems(policy: string, options?: CspOptions): string[];
  pageProblems(html: string, options?: CspOptions): string[];
  devtoolProblems(config: { mode?: string; devtool?: unknown }): string[];
  auditExceptionsProblems(policy: unknown, today?: Date): string[];
  evaluateAudit(report: unknown, policy: unknown, today?: Date): AuditResult;
  importedModules(text: string): string[];
  cliImportProblems(files?: readonly string[], root?: string): string[];
  cliFileAccessProblems(files?: readonly string[], root?: string, allowed?: readonly ReviewedFileAccess[], lazy?: readonly ReviewedLazyImport[]): string[];
  runChecks(options?: { root?: string }): Promise<CheckResult[]>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, typed by the interface above
export const securityCheck: SecurityCheck = require('../../scripts/security-check.js');

/** A built file's text; fails loudly (never skips) when the production build is missing. */
export function readDist(relativePath: string): string {
  const file = path.join(DIST_DIR, relativePath);
  if (!fs.existsSync(file)) throw new Error(`dist/${relativePath} is missing: run \`npx webpack --mode production\` (npm test does it in globalSetup)`);
  return fs.readFileSync(file, 'utf8');
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(ROOT, relativePath), 'utf8'));
}

/** Hits as readable lines, so a failing expectation prints every rejected hit with its place and context. */
export function described(hits: readonly ScanHit[]): string[] {
  return hits.map((hit) => securityCheck.describeHit(hit));
}
