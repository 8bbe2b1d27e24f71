// Numbers as en-GB and es-ES write them, without Intl: the page's first Intl call loads the
// browser's locale data (40-75 ms of main thread here, several times that on a slow phone), and
// the first screen shows numbers (speeds, the model readout). Gives what Intl.NumberFormat gives
// for these two locales (tests/unit/i18n/number-text.test.ts compares the two): rounding half
// away from zero on the shortest decimal form of the value, "12,345.6" in English, "12.345,6"
// in Spanish with no mark in a four-digit number, and "-0" for a negative that rounds to zero.
// Dates still use Intl (only in exports and the About panel, never on the first screen).
import type { DisplayLang } from './localize';

export interface NumberTextOptions {
  /** decimals at most (Intl's maximumFractionDigits; its default is 3) */
  maxFraction?: number;
  /** decimals at least */
  minFraction?: number;
  /** 'auto': a minus when negative; 'exceptZero': + or - unless it rounds to zero */
  sign?: 'auto' | 'exceptZero';
}

/** The digits of |value| rounded half away from zero to `places` decimals: [whole, fraction]. */
function roundedDigits(abs: number, places: number): [string, string] {
  // the shortest decimal that reads back as the value (what Intl rounds), never in e-notation
  let text = String(abs);
  if (text.includes('e')) text = abs < 1 ? '0' : BigInt(Math.round(abs)).toString();
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= places) return [whole, fraction.padEnd(places, '0')];
  let digits = whole + fraction.slice(0, places);
  if (fraction.charCodeAt(places) >= 53 /* '5' */) {
    const out = digits.split('');
    let i = out.length - 1;
    while (i >= 0 && out[i] === '9') out[i--] = '0';
    if (i >= 0) out[i] = String(Number(out[i]) + 1);
    else out.unshift('1');
    digits = out.join('');
  }
  const cut = digits.length - places;
  return [digits.slice(0, cut) || '0', digits.slice(cut)];
}

function grouped(whole: string, mark: string, minDigits: number): string {
  if (whole.length < minDigits) return whole;
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += mark;
    out += whole[i];
  }
  return out;
}

/** `value` written as the display language writes numbers ('pseudo' as English). */
export function numberText(value: number, lang: DisplayLang, options: NumberTextOptions = {}) {
  if (Number.isNaN(value)) return 'NaN';
  const negative = value < 0 || Object.is(value, -0);
  const maxFraction = options.maxFraction ?? 3;
  const minFraction = Math.min(options.minFraction ?? 0, maxFraction);
  const spanish = lang === 'es';
  let body: string;
  let zero: boolean;
  if (!Number.isFinite(value)) {
    body = '∞';
    zero = false;
  } else {
    const [whole, fraction] = roundedDigits(Math.abs(value), maxFraction);
    let shown = fraction;
    while (shown.length > minFraction && shown.endsWith('0')) shown = shown.slice(0, -1);
    zero = /^0*$/.test(whole + fraction);
    // es-ES groups from five digits (CLDR minimumGroupingDigits 2); en-GB from four
    const wholeText = spanish ? grouped(whole, '.', 5) : grouped(whole, ',', 4);
    body = shown ? `${wholeText}${spanish ? ',' : '.'}${shown}` : wholeText;
  }
  if (options.sign === 'exceptZero') return zero ? body : `${negative ? '-' : '+'}${body}`;
  return negative ? `-${body}` : body;
}
