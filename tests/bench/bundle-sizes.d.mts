export interface BundleSizes {
  firstLoadJsGzip: number;
  firstLoadCssGzip: number;
  sceneChunkJsGzip: number;
  firstLoadFiles: string[];
  sceneFiles: string[];
}
export function bundleSizes(dist?: string): BundleSizes;
export const BUNDLE_BUDGETS: { firstLoadJsGzip: number; sceneChunkJsGzip: number };
