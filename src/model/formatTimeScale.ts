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

/** A duration in minutes as a value and unit: s < 1 min ≤ min < 90 min ≤ h < 48 h ≤ day. */
export function durationParts(minutes: number): TimeQuantity {
  const m = Number.isFinite(minutes) ? Math.max(0, minutes) : 0;
  if (m > 0 && m < 1) {
    const s = m * 60;
    const digits = s < 10 ? 1 : 0;
    return { value: round(s, digits), unit: 's', fractionDigits: digits };
  }
  if (m < 90) {
    const digits = m < 10 ? 1 : 0;
    return { value: round(m, digits), unit: 'min', fractionDigits: digits };
  }
  if (m < 48 * 60) {
    const h = m / 60;
    const digits = h < 10 ? 1 : 0;
    return { value: round(h, digits), unit: 'h', fractionDigits: digits };
  }
  const d = m / 1440;
  const digits = d < 10 ? 1 : 0;
  return { value: round(d, digits), unit: 'day', fractionDigits: digits };
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
