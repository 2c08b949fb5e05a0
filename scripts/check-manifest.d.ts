/** Types of scripts/check-manifest.js, for the tests in test/manifest/. */

export interface ManifestProblem {
  /** The rule that found it, e.g. "resources", "icons", "zh-CN". */
  rule: string;
  message: string;
}

export interface ManifestCheckContext {
  /** The origin + path every manifest URL must start with, ending in "/". */
  baseUrl: string;
  /** Files the webpack build writes, relative to dist/. */
  emittedFiles: ReadonlySet<string>;
  /** When set, every referenced file must also exist in this folder. */
  distDir?: string;
  /** Build output names of the custom functions' script, page and metadata. */
  functionsFiles: { Script: string; Page: string; Metadata: string };
  taskpanePage: string;
  /** Bytes of a build output (relative to dist/), or undefined when it does not exist. */
  readFile(relativePath: string): Buffer | undefined;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent?: XmlElement;
}

export type ManifestCheck = (manifest: XmlElement, context: ManifestCheckContext) => ManifestProblem[];

export const CHECKS: ReadonlyArray<readonly [string, ManifestCheck]>;

export function checkManifestXml(xml: string, context: ManifestCheckContext): ManifestProblem[];

export function buildContext(options?: { baseUrl?: string; distDir?: string; rootDir?: string }): ManifestCheckContext;

export function parseXml(xml: string): XmlElement | undefined;

export function pngSize(bytes: Buffer | undefined): { width: number; height: number } | undefined;
