// Page checks shared by the accessibility and language browser tests: what has focus and how it
// looks, text that is clipped or overlaps, English left on a page in another language, and a
// recorder of everything said by live regions.
import type { Page } from 'playwright-core';
import { allStrings } from '../unit/i18n/all-strings';

export interface FocusInfo {
  /** a short, stable description: tag, test id or data-* key, and text */
  key: string;
  tag: string;
  testId: string | null;
  text: string;
  /** outline or box-shadow that shows focus */
  visible: boolean;
  outline: string;
  width: number;
  height: number;
  /** an inline link inside a sentence (exempt from the 24 px target size) */
  inlineLink: boolean;
  /** which part of the page it is in */
  area: 'skip' | 'header' | 'scene' | 'captions' | 'panel' | 'footer' | 'dialog' | 'other';
}

export function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const data = (el as HTMLElement).dataset ?? {};
    const dataKey = Object.entries(data)
      .filter(([k]) => k !== 'testid')
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const testId = el.getAttribute('data-testid');
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60);
    const outlineWidth = Number.parseFloat(style.outlineWidth) || 0;
    const visible =
      (style.outlineStyle !== 'none' && outlineWidth >= 2) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const parentText = el.parentElement?.textContent?.trim() ?? '';
    const inlineLink =
      el.tagName === 'A' &&
      !el.classList.contains('button-link') &&
      parentText.length > (el.textContent?.trim().length ?? 0) + 5;
    const area = el.classList.contains('skip-link')
      ? 'skip'
      : el.closest('dialog')
        ? 'dialog'
        : el.closest('.app-header')
          ? 'header'
          : el.closest('.narration-captions, .still-readout')
            ? 'captions'
            : el.closest('.scene-slot')
              ? 'scene'
              : el.closest('.panel-slot')
                ? 'panel'
                : el.closest('.app-footer')
                  ? 'footer'
                  : 'other';
    return {
      key: `${el.tagName.toLowerCase()}|${testId ?? dataKey}|${el.id}|${text}`,
      tag: el.tagName.toLowerCase(),
      testId,
      text,
      visible,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      width: rect.width,
      height: rect.height,
      inlineLink,
      area,
    } as const;
  });
}

/**
 * Text that is cut off or overlaps other text or controls. Looks at every visible text node
 * (its line boxes) and every control; skips what is visually hidden, the 3D labels that move
 * with the scene, and chart internals (SVG; the panels' own tests measure those).
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      const id = el.getAttribute('data-testid') ?? '';
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${id ? `[${id}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const skipped = (el: Element) =>
      !!el.closest(
        '.scene-labels, svg, [aria-hidden="true"] .scene-label, .visually-hidden, .sr-only, [hidden], dialog:not([open]), details:not([open]) > :not(summary)',
      );
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.display === 'none') return false;
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    };
    const clips = (style: CSSStyleDeclaration) =>
      ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    const scrolls = (style: CSSStyleDeclaration) =>
      ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);

    // text line boxes, per element that holds the text
    const texts: { el: Element; rects: DOMRect[] }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || skipped(el) || !shown(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
      if (rects.length) texts.push({ el, rects });
    }

    // 1. clipped: text outside a clipping ancestor, or wider than its own clipping box
    for (const { el, rects } of texts) {
      const style = getComputedStyle(el);
      if (clips(style) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`clipped (own box): ${name(el)}`);
        continue;
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s)) break; // reachable by scrolling
        if (!clips(s)) continue;
        const box = a.getBoundingClientRect();
        // only along the axis that clips (overflow-x: clip leaves the other visible)
        const clipsX = ['hidden', 'clip'].includes(s.overflowX);
        const clipsY = ['hidden', 'clip'].includes(s.overflowY);
        const out = rects.some(
          (r) =>
            (clipsX && (r.left < box.left - 1 || r.right > box.right + 1)) ||
            (clipsY && (r.top < box.top - 1 || r.bottom > box.bottom + 1)),
        );
        if (out) {
          problems.push(`clipped by ${name(a)}: ${name(el)}`);
          break;
        }
      }
      // off the page sideways (nothing scrolls the whole page sideways)
      if (rects.some((r) => r.right > document.documentElement.clientWidth + 1 || r.left < -1)) {
        problems.push(`off the page: ${name(el)}`);
      }
    }

    // 2. overlaps: text against text of another element, and text against another control
    const controls = [
      ...document.querySelectorAll(
        'button, a[href], input:not([type="hidden"]), select, summary, [role="tab"], [tabindex="0"]',
      ),
    ].filter((el) => !skipped(el) && shown(el));
    // visible part of a rect inside its scroll containers (scrolled-away parts overlap nothing)
    const visiblePart = (el: Element, r: DOMRect) => {
      let { left, top, right, bottom } = r;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (!scrolls(s) && !clips(s)) continue;
        const b = a.getBoundingClientRect();
        left = Math.max(left, b.left);
        top = Math.max(top, b.top);
        right = Math.min(right, b.right);
        bottom = Math.min(bottom, b.bottom);
      }
      return { left, top, right, bottom };
    };
    const area = (
      a: { left: number; top: number; right: number; bottom: number },
      b: { left: number; top: number; right: number; bottom: number },
    ) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
      Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
    const seen = new Set<string>();
    const report = (kind: string, a: Element, b: Element) => {
      const line = `${kind}: ${name(a)} / ${name(b)}`;
      if (!seen.has(line)) problems.push(line);
      seen.add(line);
    };
    // visible parts measured once per element (each walks its ancestors' styles), then only
    // compared: the pairs are many, the elements few
    const textParts = texts.map((t) => t.rects.map((r) => visiblePart(t.el, r)));
    const controlParts = controls.map((c) => visiblePart(c, c.getBoundingClientRect()));
    for (let i = 0; i < texts.length; i++) {
      const ti = texts[i]!;
      const ri = textParts[i]!;
      for (let j = i + 1; j < texts.length; j++) {
        const tj = texts[j]!;
        if (related(ti.el, tj.el)) continue;
        const rj = textParts[j]!;
        if (ri.some((a) => rj.some((b) => area(a, b) > 4)))
          report('text overlaps text', ti.el, tj.el);
      }
      for (let k = 0; k < controls.length; k++) {
        const c = controls[k]!;
        if (related(ti.el, c) || c.contains(ti.el)) continue;
        const box = controlParts[k]!;
        if (ri.some((a) => area(a, box) > 4)) report('text overlaps control', ti.el, c);
      }
    }
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i]!;
        const b = controls[j]!;
        if (related(a, b)) continue;
        if (area(controlParts[i]!, controlParts[j]!) > 4) report('control overlaps control', a, b);
      }
    }
    return problems;
  });
}

/** English strings (en differs from es, and is no Spanish string either). */
export function englishOnlyStrings(): { exact: Set<string>; fragments: string[] } {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const all = allStrings();
  const spanish = new Set(all.map((s) => norm(s.text.es)));
  const exact = new Set<string>();
  const fragments = new Set<string>();
  for (const { text } of all) {
    const en = norm(text.en);
    if (en === norm(text.es) || spanish.has(en) || !/[a-z]{2}/i.test(en)) continue;
    if (/\{\w+\}/.test(en)) {
      for (const part of en.split(/\{\w+\}/))
        if (part.trim().length >= 14) fragments.add(part.trim());
    } else {
      exact.add(en);
      if (en.length >= 24) fragments.add(en);
    }
  }
  return { exact, fragments: [...fragments] };
}

/** Visible text and accessible names (aria-label, title, alt, aria-valuetext) on the page. */
export function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const hiddenEl = (el: Element) => !!el.closest('[hidden], dialog:not([open]), template');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || hiddenEl(el) || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext]')) {
      if (hiddenEl(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'aria-valuetext']) {
        const v = el.getAttribute(attr)?.replace(/\s+/g, ' ').trim();
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  });
}

/** Texts on the page that are English strings of the app. */
export function englishLeft(
  texts: readonly string[],
  english: { exact: Set<string>; fragments: string[] },
): string[] {
  const found = new Set<string>();
  for (const t of texts) {
    if (english.exact.has(t)) found.add(t);
    else for (const f of english.fragments) if (t.includes(f)) found.add(`${t} (has "${f}")`);
  }
  return [...found];
}

/**
 * Init script: records every line that any live region (aria-live, status, alert, log) gets,
 * as window.__liveLog = [{ region, text }].
 */
export const LIVE_LOG_SCRIPT = `
  (() => {
    const log = (window.__liveLog = []);
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    const regionOf = (node) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      return el && el.closest ? el.closest(live) : null;
    };
    const name = (r) => r.getAttribute('data-testid') || String(r.className) || r.tagName;
    const add = (region, text) => {
      text = (text || '').replace(/\\s+/g, ' ').trim();
      if (text) log.push({ region: name(region), text });
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'characterData') {
          const region = regionOf(m.target);
          if (region) add(region, m.target.textContent);
          continue;
        }
        for (const n of m.addedNodes) {
          const region = regionOf(n);
          if (region) add(region, n.textContent);
          else if (n.nodeType === 1) for (const r of n.querySelectorAll(live)) add(r, r.textContent);
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  })();
`;

export interface LiveLine {
  region: string;
  text: string;
}

export function liveLog(page: Page): Promise<LiveLine[]> {
  return page.evaluate(() => (window as unknown as { __liveLog: LiveLine[] }).__liveLog.slice());
}
