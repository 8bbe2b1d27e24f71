import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface SceneCounters {
  calls: number;
  triangles: number;
  points: number;
  geometries: number;
  textures: number;
  programs: number;
}
export function sceneStats(page: Page): Promise<SceneCounters>;
export function focusShare(page: Page): Promise<number | null>;
export function frameIntervalsScript(n: number): Promise<number>;
export function heapAfterGc(cdp: CDPSession): Promise<number>;
export function heapBreakdown(cdp: CDPSession): Promise<{ code: number; objects: number }>;
export const BASELINE_HTML: string;
export function routeBaseline(context: BrowserContext): Promise<void>;
export type LoopMeasure = SceneCounters & {
  heapBytes: number;
  codeBytes: number;
  objectBytes: number;
};
export interface KioskLoopResult {
  count: number;
  first: LoopMeasure;
  last: LoopMeasure;
  /** whole JS heap, JIT code included */
  heapGrowth: number;
  /** live objects only (the leak measure) */
  objectGrowth: number;
  errors: string[];
}
export function measureKioskLoops(
  target: { context: BrowserContext; page: Page; errors: string[] },
  base: string,
  options: { loops: number; stageSec: number; stageCount: number },
): Promise<KioskLoopResult>;
