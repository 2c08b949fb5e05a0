/*
 * Claim 3: no telemetry package ships. office-addin-usage-data (and Application Insights, 1DS, Sentry, …) is never
 * a production dependency, appears in no bundle, and stays a development-only package, pulled in by Office's
 * build tools (office-addin-manifest and friends).
 */
import { DIST_DIR, described, readJson, securityCheck } from './securityCheck';

interface PackageJson {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
}

interface PackageLock {
  readonly packages: Readonly<Record<string, LockEntry>>;
}

const packageJson = readJson('package.json') as PackageJson;
const packageLock = readJson('package-lock.json') as PackageLock;

describe('telemetry packages', () => {
  it('package.json and the lockfile install no telemetry package in production', () => {
    expect(securityCheck.telemetryDependencyProblems(packageJson, packageLock)).toEqual([]);
  });

  it('office-addin-usage-data is in the lockfile only as a development package', () => {
    const usageData = securityCheck.telemetryPackagesInLock(packageLock).filter((entry) => entry.name === 'office-addin-usage-data');
    expect(usageData.length).toBeGreaterThan(0);
    expect(usageData.filter((entry) => !entry.dev)).toEqual([]);
    expect(Object.keys(packageJson.dependencies ?? {})).not.toContain('office-addin-usage-data');
  });

  it('it comes in through office-addin-manifest, a devDependency', () => {
    expect(Object.keys(packageJson.devDependencies ?? {})).toContain('office-addin-manifest');
    const manifestTool = packageLock.packages['node_modules/office-addin-manifest'];
    expect(manifestTool.dev).toBe(true);
    expect(Object.keys(manifestTool.dependencies ?? {})).toContain('office-addin-usage-data');
  });

  it('no bundle carries a telemetry SDK or endpoint', () => {
    const bundles = securityCheck.bundleFiles(DIST_DIR);
    expect(bundles.length).toBeGreaterThan(1);
    expect(described(securityCheck.scanFiles(bundles, securityCheck.TELEMETRY_RULES))).toEqual([]);
  });
});

describe('the telemetry rules catch what they are for', () => {
  it('recognises telemetry packages, and not look-alikes such as aria-query', () => {
    for (const name of ['office-addin-usage-data', 'applicationinsights', '@microsoft/applicationinsights-web', '@microsoft/1ds-core-js', '@sentry/browser']) {
      expect(securityCheck.isTelemetryPackage(name)).toBe(true);
    }
    for (const name of ['aria-query', 'office-addin-manifest', 'react', 'exceljs', '@fluentui/react-components']) {
      expect(securityCheck.isTelemetryPackage(name)).toBe(false);
    }
  });

  it('fails a telemetry package in dependencies, or in the lockfile outside the dev tree', () => {
    const withDependency = { ...packageJson, dependencies: { ...packageJson.dependencies, 'office-addin-usage-data': '^3.0.0' } };
    expect(securityCheck.telemetryDependencyProblems(withDependency, packageLock)).toEqual(['package.json dependencies has the telemetry package office-addin-usage-data']);
    const lock = { packages: { ...packageLock.packages, 'node_modules/@microsoft/applicationinsights-web': { version: '3.0.0' } } };
    expect(securityCheck.telemetryDependencyProblems(packageJson, lock)).toEqual([
      'package-lock.json installs the telemetry package @microsoft/applicationinsights-web in production (node_modules/@microsoft/applicationinsights-web)',
    ]);
  });

  it('finds an SDK or endpoint in bundle text', () => {
    const bundle = 'var t={instrumentationKey:k,endpointUrl:"https://dc.services.visualstudio.com/v2/track"};';
    expect(securityCheck.scanText(bundle, securityCheck.TELEMETRY_RULES).length).toBeGreaterThanOrEqual(2);
  });
});
