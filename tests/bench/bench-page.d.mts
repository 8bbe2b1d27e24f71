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
export function frameIntervalsScript(n: number): Promise<number>;
export function heapAfterGc(cdp: CDPSession): Promise<number>;
export const BASELINE_HTML: string;
export function routeBaseline(context: BrowserContext): Promise<void>;
export interface KioskLoopResult {
  count: number;
  first: SceneCounters & { heapBytes: number };
  last: SceneCounters & { heapBytes: number };
  heapGrowth: number;
  errors: string[];
}
export function measureKioskLoops(
  target: { context: BrowserContext; page: Page; errors: string[] },
  base: string,
  options: { loops: number; stageSec: number; stageCount: number },
): Promise<KioskLoopResult>;
