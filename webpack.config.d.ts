/** Types of the build constants and helpers that webpack.config.js exports next to its config function. */
import type { Configuration } from 'webpack';

type OfficeJsSource = 'self' | 'cdn';

interface TierBookBuild {
  (env?: Record<string, unknown>, argv?: { mode?: 'production' | 'development' }): Promise<Configuration>;
  readonly DEV_BASE_URL: string;
  readonly DEFAULT_PRODUCTION_BASE_URL: string;
  readonly OFFICE_JS_CDN_ORIGIN: string;
  readonly OFFICE_JS_DIR: string;
  readonly ENTRIES: Readonly<Record<string, string>>;
  readonly PAGES: ReadonlyArray<{ filename: string; template: string; chunk: string }>;
  readonly FUNCTIONS_METADATA: { input: string; output: string };
  readonly MANIFEST_FILE: string;
  readonly GZIP_BUDGETS: Readonly<Record<string, number>>;
  officeJsFiles(): string[];
  emittedFiles(options?: { officeJs?: OfficeJsSource }): string[];
  productionBaseUrl(raw?: string): string;
  rewriteManifestUrls(manifestXml: string, baseUrl: string): string;
  contentSecurityPolicy(options?: { officeJs?: OfficeJsSource; devServerOrigins?: readonly string[] }): string;
}

declare const build: TierBookBuild;
export = build;
