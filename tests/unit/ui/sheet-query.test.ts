// The bottom sheet's media query in TypeScript (charts drawn once the sheet first opens) is the
// one phone.css lays the sheet out with: if they drifted apart, a phone could show an empty sheet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_QUERY } from '../../../src/app/use-sheet-layout';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the bottom sheet media query', () => {
  it('is the one phone.css gives the sheet', () => {
    const css = readFileSync(new URL('../../../src/app/phone.css', import.meta.url), 'utf8');
    const sheetBlock = css.indexOf(".panel-slot[data-open='true']");
    const queries = [...css.matchAll(/@media ([^{]+)\{/g)].filter((m) => m.index < sheetBlock);
    const enclosing = queries.at(-1);
    expect(enclosing).toBeDefined();
    expect(squash(enclosing![1] ?? '')).toBe(squash(SHEET_QUERY));
  });
});
