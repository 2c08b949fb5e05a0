/** Types of preview/previewServer.js for the TypeScript tests. */
export interface PreviewServer {
  /** http://127.0.0.1:<port>/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const LOOPBACK: string;
export function servePreview(dir: string, options?: { port?: number }): Promise<PreviewServer>;
