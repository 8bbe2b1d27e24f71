// Words and numbers for the still readout and the scene summary, in the display language.
import type { LocalizedText, DisplayLang } from '../i18n/localize';
import { localize, percentText } from '../i18n/localize';
import { numberText } from '../i18n/number-text';
import { A11Y_STRINGS as A } from '../i18n/strings/a11y';
import type { ChainStepId, Direction, MeasureId, MeasureUnit } from './still-readout';
import { shownNumber } from './still-readout';

export const MEASURE_NAMES: Record<MeasureId, LocalizedText> = {
  plasma: A.measurePlasma,
  block: A.measureBlock,
  glutamate: A.measureGlutamate,
  bdnf: A.measureBdnf,
  mtor: A.measureMtor,
  spines: A.measureSpines,
};

export const DIRECTION_WORDS: Record<Direction, LocalizedText> = {
  up: A.rises,
  down: A.falls,
  steady: A.steady,
};

export const DIRECTION_ARROWS: Record<Direction, string> = { up: '↑', down: '↓', steady: '→' };

export const CHAIN_NAMES: Record<ChainStepId, LocalizedText> = {
  arrives: A.chainArrives,
  block: A.chainBlock,
  brake: A.chainBrake,
  glutamate: A.chainGlutamate,
  bdnf: A.chainBdnf,
  mtor: A.chainMtor,
  spines: A.chainSpines,
};

/** "188 ng/mL", "61%", "61 %" (Spanish). */
export function valueText(unit: MeasureUnit, value: number, lang: DisplayLang): string {
  const n = numberText(shownNumber(unit, value), lang);
  return unit === 'ngPerMl' ? `${n} ng/mL` : percentText(n, lang);
}

/** "a, b and c" in the display language. */
export function listText(items: readonly string[], lang: DisplayLang): string {
  if (items.length <= 1) return items.join('');
  const and = localize(A.listAnd, lang);
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
