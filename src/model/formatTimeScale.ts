// Structured parts for a time-scale label such as "35 min after start, 1 s = 10 min".
// Numbers and unit ids only: the UI picks words and number formats for the display language.

export type TimeUnit = 's' | 'min' | 'h' | 'day';

export interface TimeQuantity {
  /** the number to show, already rounded to `fractionDigits` */
  value: number;
  unit: TimeUnit;
  /** decimals the value was rounded to (for Intl.NumberFormat maximumFractionDigits) */
  fractionDigits: number;
}

export interface TimeScaleParts {
  /** model time since the start of dosing */
  elapsed: TimeQuantity;
  /** model time per real second; null when paused (rate 0 or not finite) */
  perRealSecond: TimeQuantity | null;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/**
 * A duration in minutes as a value and unit: s < 1 min ≤ min < 90 min ≤ h < 48 h ≤ day; written
 * into `out` when given (a per-frame caller allocates nothing).
 */
export function durationParts(
  minutes: number,
  out: TimeQuantity = { value: 0, unit: 'min', fractionDigits: 0 },
): TimeQuantity {
  const m = Number.isFinite(minutes) ? Math.max(0, minutes) : 0;
  let value = m / 1440;
  let unit: TimeQuantity['unit'] = 'day';
  if (m > 0 && m < 1) {
    value = m * 60;
    unit = 's';
  } else if (m < 90) {
    value = m;
    unit = 'min';
  } else if (m < 48 * 60) {
    value = m / 60;
    unit = 'h';
  }
  const digits = value < 10 ? 1 : 0;
  out.value = round(value, digits);
  out.unit = unit;
  out.fractionDigits = digits;
  return out;
}

/**
 * Parts for "<elapsed> after start, 1 s = <perRealSecond>", from model minutes since the start of
 * dosing and model minutes per real second.
 */
export function formatTimeScaleParts(modelMin: number, modelMinPerRealSec: number): TimeScaleParts {
  return {
    elapsed: durationParts(modelMin),
    perRealSecond:
      Number.isFinite(modelMinPerRealSec) && modelMinPerRealSec > 0
        ? durationParts(modelMinPerRealSec)
        : null,
  };
}
