// Dose control for explore mode: a 40-minute infusion of 0.1–1.0 mg/kg, the standard dose, and
// an anaesthetic bolus for contrast. The parent shows it only in explore mode.
import { useId } from 'react';
import { ANAESTHETIC_BOLUS, STANDARD_INFUSION, type Regimen } from '../../model';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import {
  DOSE_MAX_MG_PER_KG,
  DOSE_MIN_MG_PER_KG,
  DOSE_STEP_MG_PER_KG,
  infusionOf,
  isAnaestheticBolus,
  isStandardInfusion,
} from '../data/plasma-data';
import { formatNumber } from '../lib/format';

export function DoseControl({
  regimen,
  onChange,
}: {
  regimen: Regimen;
  onChange: (next: Regimen, commitNow: boolean) => void;
}) {
  const tr = useText();
  const lang = useLang();
  const sliderId = useId();
  const bolus = isAnaestheticBolus(regimen);
  const dose = regimen.kind === 'infusion' ? regimen.doseMgPerKg : STANDARD_INFUSION.doseMgPerKg;
  const doseText = tr(S.doseValue, { dose: formatNumber(dose, lang, 2, 2) });

  return (
    <div className="dose-control" data-testid="dose-control">
      <label htmlFor={sliderId}>
        <strong>{tr(S.doseTitle)}</strong> · {tr(S.doseSlider)}
      </label>
      <input
        id={sliderId}
        type="range"
        min={DOSE_MIN_MG_PER_KG}
        max={DOSE_MAX_MG_PER_KG}
        step={DOSE_STEP_MG_PER_KG}
        value={dose}
        aria-valuetext={bolus ? tr(S.doseBolus) : doseText}
        data-testid="dose-slider"
        onChange={(e) => onChange(infusionOf(Number(e.currentTarget.value)), false)}
        onPointerUp={(e) => onChange(infusionOf(Number(e.currentTarget.value)), true)}
        onKeyUp={(e) => onChange(infusionOf(Number(e.currentTarget.value)), true)}
      />
      <output htmlFor={sliderId} data-testid="dose-value">
        {bolus ? tr(S.doseBolusActive) : doseText}
      </output>
      <div className="dose-buttons">
        <button
          type="button"
          className="chip-button"
          aria-pressed={isStandardInfusion(regimen)}
          onClick={() => onChange(STANDARD_INFUSION, true)}
          data-testid="dose-standard"
        >
          {tr(S.doseStandard)}
        </button>
        <button
          type="button"
          className="chip-button"
          aria-pressed={bolus}
          onClick={() => onChange(ANAESTHETIC_BOLUS, true)}
          data-testid="dose-bolus"
        >
          {tr(S.doseBolus)}
        </button>
      </div>
      <p className="pfig-muted">{tr(S.doseNote)}</p>
    </div>
  );
}
