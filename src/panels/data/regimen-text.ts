// "0.50 mg/kg IV over 40 min" / "2 mg/kg IV bolus (anaesthetic dose)", in the display language.
import type { Regimen } from '../../model';
import { format, localize, type DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { formatNumber } from '../lib/format';

export function regimenText(regimen: Regimen, lang: DisplayLang): string {
  const dose = formatNumber(regimen.doseMgPerKg, lang, 2, regimen.kind === 'bolus' ? 0 : 2);
  const template = regimen.kind === 'bolus' ? S.regimenBolus : S.regimenInfusion;
  return format(localize(template, lang), { dose });
}
