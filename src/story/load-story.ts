// Parses an unknown value as a story. Errors say which stage and which field is wrong.
import type { $ZodIssue } from 'zod/v4/core';
import { storySchema, type Story } from './schema.ts';

export interface StoryProblem {
  /** e.g. 'stage 3 ("channel-block"), field caption.en' */
  where: string;
  message: string;
}

export type StoryResult = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] };

function describePath(path: readonly PropertyKey[], raw: unknown): string {
  if (path[0] === 'stages' && typeof path[1] === 'number') {
    const index = path[1];
    const stages = (raw as { stages?: unknown[] } | null)?.stages;
    const stage = Array.isArray(stages) ? stages[index] : undefined;
    const id =
      stage && typeof stage === 'object' && typeof (stage as { id?: unknown }).id === 'string'
        ? ` ("${String((stage as { id: string }).id).slice(0, 40)}")`
        : '';
    const field = path.slice(2).map(String).join('.');
    return `stage ${index + 1}${id}` + (field ? `, field ${field}` : '');
  }
  return path.length ? `field ${path.map(String).join('.')}` : 'story';
}

export function parseStory(
  raw: unknown,
  extraCheck?: (story: Story) => StoryProblem[],
): StoryResult {
  const result = storySchema.safeParse(raw);
  if (!result.success) {
    const issues: $ZodIssue[] = result.error.issues;
    return {
      ok: false,
      problems: issues.slice(0, 20).map((issue) => ({
        where: describePath(issue.path, raw),
        message: issue.message,
      })),
    };
  }
  const extra = extraCheck?.(result.data) ?? [];
  return extra.length ? { ok: false, problems: extra } : { ok: true, story: result.data };
}

/** Parses JSON text (a file a lecturer loads) as a story. */
export function parseStoryText(
  text: string,
  extraCheck?: (story: Story) => StoryProblem[],
): StoryResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ where: 'file', message: `not valid JSON (${(error as Error).message})` }],
    };
  }
  return parseStory(raw, extraCheck);
}
