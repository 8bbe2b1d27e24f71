// clinic.json: the clinic's own settings for the waiting-room kiosk (README "Kiosk"). Read
// field by field: a bad or unknown field is ignored with a note for the setup view, and the
// rest still applies, so a typo never leaves patients a blank screen.
import * as z from 'zod/mini';
import { LANGUAGES, type Lang } from '../../../i18n/languages';
import type { DisplayLang } from '../../../i18n/localize';
import { SURFACE, SURFACE_HIGH_CONTRAST } from '../../../theme/actor-colors';
import { KIOSK_IDLE_SEC_RANGE, KIOSK_STAGE_SEC_RANGE } from '../../../state/url-params';
import { contrastRatio, parseHex } from './contrast';

/** The stories a clinic can choose: the patients' one (default) or the full lecture. */
export const KIOSK_STORIES = ['patient', 'full'] as const;
export type KioskStoryId = (typeof KIOSK_STORIES)[number];

/** Text contrast (WCAG 2.2 AA, 1.4.3) the accent needs on every surface it is drawn on. */
export const ACCENT_MIN_CONTRAST = 4.5;
const ACCENT_SURFACES = [SURFACE.background, SURFACE.panel, SURFACE_HIGH_CONTRAST.background];

/** Longest driving rule, characters: two short sentences, which fit the kiosk's side column. */
export const DRIVING_RULE_MAX = 160;

const line = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const FIELDS = {
  name: line(80),
  phone: z
    .string()
    .check(
      z.trim(),
      z.regex(/^\+?[0-9 ().-]{3,30}$/, 'must be a phone number (digits, spaces, + ( ) . -)'),
    ),
  url: z
    .string()
    .check(
      z.trim(),
      z.maxLength(300),
      z.refine(isWebAddress, 'must be a full http:// or https:// address'),
    ),
  logo: z
    .string()
    .check(
      z.regex(
        /^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.(svg|png|jpe?g|webp)$/i,
        'must be a file name beside index.html ending .svg, .png, .jpg or .webp',
      ),
    ),
  languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1), z.maxLength(LANGUAGES.length * 2)),
  stageSeconds: z
    .number()
    .check(z.minimum(KIOSK_STAGE_SEC_RANGE.min), z.maximum(KIOSK_STAGE_SEC_RANGE.max)),
  idleSeconds: z
    .number()
    .check(z.minimum(KIOSK_IDLE_SEC_RANGE.min), z.maximum(KIOSK_IDLE_SEC_RANGE.max)),
  accent: z.string().check(
    z.refine((v) => parseHex(v) !== null, 'must be a colour written #rgb or #rrggbb'),
    z.refine(
      (v) => parseHex(v) === null || accentContrast(v) >= ACCENT_MIN_CONTRAST,
      `has too little contrast with the background (needs ${ACCENT_MIN_CONTRAST}:1)`,
    ),
  ),
  story: z.enum(KIOSK_STORIES),
  // the clinic's own rule for going home (driving, a ride), shown in the "after" stage instead
  // of only the label's "not until the next day": one text, or one per language
  drivingRule: z.union([
    line(DRIVING_RULE_MAX),
    z
      .strictObject({
        en: z.optional(line(DRIVING_RULE_MAX)),
        es: z.optional(line(DRIVING_RULE_MAX)),
      })
      .check(z.refine((v) => Boolean(v.en ?? v.es), 'needs an "en" or an "es" text')),
  ]),
} as const;

type FieldName = keyof typeof FIELDS;
export type ClinicConfig = Partial<{ [K in FieldName]: z.infer<(typeof FIELDS)[K]> }> & {
  languages?: Lang[];
};

export interface ClinicRead {
  /** clinic.json was found and was a JSON object */
  found: boolean;
  config: ClinicConfig;
  /** one line per ignored field or file problem, for the setup view */
  problems: string[];
  /** the file as read (for the setup view), or null */
  raw: unknown;
}

function isWebAddress(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The lowest contrast of an accent colour against the kiosk's backgrounds. */
export function accentContrast(accent: string): number {
  return Math.min(...ACCENT_SURFACES.map((bg) => contrastRatio(accent, bg)));
}

/** The clinic's driving rule in a language (the other language's text when it gave only one). */
export function drivingRuleText(
  rule: ClinicConfig['drivingRule'],
  lang: DisplayLang,
): string | null {
  if (!rule) return null;
  if (typeof rule === 'string') return rule;
  const own = lang === 'pseudo' ? undefined : rule[lang];
  return own ?? rule.en ?? rule.es ?? null;
}

/** Checks each field on its own; what fails is left out and named in `problems`. */
export function readClinicConfig(raw: unknown): ClinicRead {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { found: false, config: {}, problems: ['clinic.json: must be a JSON object'], raw };
  }
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const schema = (FIELDS as Record<string, z.ZodMiniType | undefined>)[key];
    if (!schema) {
      problems.push(`field "${key.slice(0, 40)}": unknown field, ignored`);
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) config[key] = result.data;
    else {
      const issue = result.error.issues[0];
      const at = issue?.path.length ? `.${issue.path.join('.')}` : '';
      problems.push(`field "${key}${at}": ${issue?.message ?? 'invalid'}, ignored`);
    }
  }
  return { found: true, config: config as ClinicConfig, problems, raw };
}

/** Fetches ./clinic.json from this server (never another), giving up after `timeoutMs`. */
export async function fetchClinicConfig(timeoutMs = 4000): Promise<ClinicRead> {
  const none = (problem?: string): ClinicRead => ({
    found: false,
    config: {},
    problems: problem ? [problem] : [],
    raw: null,
  });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch('./clinic.json', {
      signal: controller.signal,
      credentials: 'same-origin',
      cache: 'no-cache',
    });
    if (response.status === 404) return none();
    if (!response.ok) return none(`clinic.json: the server answered ${response.status}`);
    // a server that answers every path with the page (a single-page fallback) has no file
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) return none();
    const text = await response.text();
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return {
        ...none(`clinic.json: not valid JSON (${(error as Error).message.slice(0, 120)})`),
        raw: text.slice(0, 2000),
      };
    }
    return readClinicConfig(raw);
  } catch {
    return none(); // offline with no cached copy, or too slow: the generic screen
  } finally {
    clearTimeout(timer);
  }
}
