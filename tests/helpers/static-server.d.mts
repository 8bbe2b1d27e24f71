export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}
export function serveStatic(root: () => string): Promise<StaticServer>;
