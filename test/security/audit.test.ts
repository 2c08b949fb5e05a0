/*
 * Claim 7: `npm audit --omit=dev` must report no high or critical advisory outside docs/audit-exceptions.json.
 * The test needs no network: it checks the exceptions file's policy and judges saved reports the way
 * `node scripts/security-check.js --audit` judges a live one (which needs the registry's advisory service).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ROOT, SCRIPT, readJson, securityCheck } from './securityCheck';

const TODAY = new Date('2026-11-25T00:00:00Z');

interface Via {
  readonly source: number;
  readonly name: string;
  readonly dependency: string;
  readonly title: string;
  readonly url: string;
  readonly severity: string;
  readonly range: string;
}

/** One advisory in npm's report format (auditReportVersion 2). */
function advisory(name: string, severity: string, ghsa: string, source: number): Via {
  return { source, name, dependency: name, title: `${severity} issue in ${name}`, url: `https://github.com/advisories/${ghsa}`, severity, range: '<9.9.9' };
}

/** A report with the given advisories; a package depending on a vulnerable one appears with a string `via`. */
function report(advisories: readonly Via[]): unknown {
  const vulnerabilities: Record<string, unknown> = {};
  for (const via of advisories) {
    vulnerabilities[via.name] = { name: via.name, severity: via.severity, isDirect: false, via: [via], effects: ['exceljs'], range: via.range, nodes: [`node_modules/${via.name}`], fixAvailable: true };
  }
  if (advisories.length > 0) {
    vulnerabilities.exceljs = { name: 'exceljs', severity: advisories[0].severity, isDirect: true, via: advisories.map((via) => via.name), effects: [], range: '*', nodes: ['node_modules/exceljs'], fixAvailable: false };
  }
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  return { auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts, dependencies: { prod: 300, dev: 0, total: 300 } } };
}

/** The body npm prints when the registry has no advisory service (seen here on 2026-11-25). */
const UNAVAILABLE = {
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
};

// Made-up advisory ids (valid GHSA alphabet): these are fixtures, not real advisories of these packages.
const HIGH_TMP = advisory('tmp', 'high', 'GHSA-2222-3333-4444', 1101);
const CRITICAL_UNZIP = advisory('unzipper', 'critical', 'GHSA-5555-6666-7777', 1102);
const MODERATE_UUID = advisory('uuid', 'moderate', 'GHSA-cccc-cccc-cccc', 1103);

function exception(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    advisory: 'GHSA-2222-3333-4444',
    package: 'tmp',
    severity: 'high',
    reason: 'exceljs only calls tmp when streaming to a temporary file, which TierBook never does',
    reviewed: '2026-11-20',
    expires: '2027-01-31',
    ...overrides,
  };
}

function policy(exceptions: readonly unknown[]): unknown {
  return { policy: 'test policy', exceptions };
}

describe('docs/audit-exceptions.json', () => {
  it('states the policy and lists only well-formed, current exceptions', () => {
    expect(securityCheck.auditExceptionsProblems(readJson('docs/audit-exceptions.json'))).toEqual([]);
  });

  it('rejects exceptions without an advisory id, reason or dates, expired ones, long ones and repeats', () => {
    expect(securityCheck.auditExceptionsProblems(policy([exception()]), TODAY)).toEqual([]);
    expect(securityCheck.auditExceptionsProblems(policy([exception({ advisory: 'CVE-2024-1' })]), TODAY)).toEqual([
      'exceptions[0].advisory must be a GHSA id (GHSA-xxxx-xxxx-xxxx) or an npm advisory number',
    ]);
    expect(securityCheck.auditExceptionsProblems(policy([exception({ reason: 'fine' })]), TODAY)).toEqual([
      'exceptions[0].reason must explain why TierBook is not exposed (20+ characters)',
    ]);
    expect(securityCheck.auditExceptionsProblems(policy([exception({ severity: 'moderate' })]), TODAY)).toEqual([
      'exceptions[0].severity must be "high" or "critical" (lower severities never fail)',
    ]);
    expect(securityCheck.auditExceptionsProblems(policy([exception({ expires: '2026-11-01' })]), TODAY)).toEqual([
      'exceptions[0] (GHSA-2222-3333-4444) expired on 2026-11-01: review it again',
    ]);
    expect(securityCheck.auditExceptionsProblems(policy([exception({ expires: '2027-06-30' })]), TODAY)).toEqual([
      `exceptions[0] (GHSA-2222-3333-4444) is excepted for more than ${securityCheck.MAX_EXCEPTION_DAYS} days after its review`,
    ]);
    expect(securityCheck.auditExceptionsProblems(policy([exception(), exception()]), TODAY)).toEqual(['exceptions[1] repeats GHSA-2222-3333-4444 tmp']);
    expect(securityCheck.auditExceptionsProblems({ exceptions: [] }, TODAY)).toEqual(['"policy" must say in words what may be excepted']);
  });
});

describe('judging an npm audit report', () => {
  it('passes a clean report and one with only moderate advisories', () => {
    expect(securityCheck.evaluateAudit(report([]), policy([]), TODAY).status).toBe('pass');
    expect(securityCheck.evaluateAudit(report([MODERATE_UUID]), policy([]), TODAY).status).toBe('pass');
  });

  it('fails every high or critical advisory, once each, naming it', () => {
    const result = securityCheck.evaluateAudit(report([HIGH_TMP, CRITICAL_UNZIP, MODERATE_UUID]), policy([]), TODAY);
    expect(result.status).toBe('fail');
    expect(result.findings.map((finding) => `${finding.severity} ${finding.advisory} ${finding.package}`)).toEqual([
      'high GHSA-2222-3333-4444 tmp',
      'critical GHSA-5555-6666-7777 unzipper',
    ]);
  });

  it('passes an excepted advisory while the exception is current, and fails it once it has expired', () => {
    const excepted = securityCheck.evaluateAudit(report([HIGH_TMP]), policy([exception()]), TODAY);
    expect(excepted.status).toBe('pass');
    expect(excepted.excepted.map((finding) => finding.advisory)).toEqual(['GHSA-2222-3333-4444']);
    expect(securityCheck.evaluateAudit(report([HIGH_TMP]), policy([exception()]), new Date('2027-02-01T00:00:00Z')).status).toBe('fail');
    expect(securityCheck.evaluateAudit(report([HIGH_TMP]), policy([exception({ package: 'other' })]), TODAY).status).toBe('fail');
  });

  it('never passes without an audit: an error body is "unavailable"', () => {
    const result = securityCheck.evaluateAudit(UNAVAILABLE, policy([]), TODAY);
    expect(result.status).toBe('unavailable');
    expect(result.reason).toContain('405');
  });
});

describe('node scripts/security-check.js --audit-report', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierbook-audit-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function judge(body: unknown): { status: number | null; stdout: string } {
    const file = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, JSON.stringify(body));
    const run = spawnSync(process.execPath, [SCRIPT, '--audit-report', file], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout };
  }

  it('exits 0 on a clean report, 1 on a high advisory (printed), 3 when the audit could not run', () => {
    expect(judge(report([])).status).toBe(0);
    const failing = judge(report([HIGH_TMP]));
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('✗ high GHSA-2222-3333-4444 in tmp');
    const unavailable = judge(UNAVAILABLE);
    expect(unavailable.status).toBe(3);
    expect(unavailable.stdout).toContain('npm audit could not be run: 405 Method Not Allowed');
  });
});
