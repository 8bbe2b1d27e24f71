// Simple line pictures for the patient story, one per stage (no charts, no figures): calm shapes
// drawn in the text colour with the clinic's accent, readable from across a room.
import type { ReactNode } from 'react';

const P = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;
const A = { ...P, stroke: 'var(--kiosk-accent)' };

/** Two brain cells joined at a small link. */
const cells = (
  <>
    <circle {...P} cx="50" cy="80" r="24" />
    <path {...P} d="M74 80 H110" />
    <circle {...A} cx="122" cy="80" r="12" />
    <path {...P} d="M134 80 H150 M150 80 L176 56 M150 80 L176 104" />
  </>
);

const PICTURES: Record<string, ReactNode> = {
  // a screen with a heart: learning while you wait
  welcome: (
    <>
      <rect {...P} x="30" y="28" width="140" height="92" rx="10" />
      <path {...P} d="M80 140 H120 M100 120 V140" />
      <path
        {...A}
        d="M100 100 C70 80 76 54 92 58 C98 60 100 66 100 66 C100 66 102 60 108 58 C124 54 130 80 100 100 Z"
      />
    </>
  ),
  'brain-cells': cells,
  // a gate with a bar across it
  gate: (
    <>
      <path {...P} d="M60 130 V40 M140 130 V40 M60 40 Q100 20 140 40" />
      <path {...A} d="M52 86 H148" strokeWidth={12} />
    </>
  ),
  // a branch with new buds
  'new-links': (
    <>
      <path {...P} d="M30 130 C80 120 120 100 170 50" />
      <path {...A} d="M80 118 L74 92 M112 100 L118 74 M140 80 L130 58" />
      <circle {...A} cx="74" cy="86" r="7" />
      <circle {...A} cx="119" cy="68" r="7" />
      <circle {...A} cx="128" cy="52" r="7" />
    </>
  ),
  // a clipboard and a blood-pressure cuff
  before: (
    <>
      <rect {...P} x="28" y="30" width="76" height="104" rx="8" />
      <path {...P} d="M46 60 H86 M46 82 H86 M46 104 H72" />
      <rect {...A} x="120" y="58" width="54" height="40" rx="8" />
      <path {...A} d="M147 98 C147 124 130 130 118 130" />
      <circle {...A} cx="112" cy="130" r="7" />
    </>
  ),
  // a clock showing two hours, and a comfortable chair
  during: (
    <>
      <circle {...P} cx="62" cy="70" r="40" />
      <path {...A} d="M62 70 V44 M62 70 L82 58" />
      <path
        {...P}
        d="M118 124 V92 Q118 80 130 80 H158 Q170 80 170 92 V124 M112 104 H176 M124 124 V136 M164 124 V136"
      />
    </>
  ),
  // a moon (sleep first) and a car with a person beside it
  after: (
    <>
      <path {...A} d="M62 30 A32 32 0 1 0 92 72 A26 26 0 1 1 62 30 Z" />
      <path {...P} d="M104 118 V100 L118 80 H154 L168 100 V118 Z M104 118 H168" />
      <circle {...P} cx="120" cy="122" r="8" />
      <circle {...P} cx="152" cy="122" r="8" />
    </>
  ),
  // a calendar with two marked days a week
  course: (
    <>
      <rect {...P} x="36" y="34" width="128" height="100" rx="10" />
      <path {...P} d="M36 60 H164 M66 24 V44 M134 24 V44" />
      <circle {...A} cx="66" cy="84" r="8" />
      <circle {...A} cx="122" cy="84" r="8" />
      <circle {...P} cx="94" cy="112" r="4" />
      <circle {...P} cx="150" cy="112" r="4" />
    </>
  ),
  // a phone
  call: (
    <>
      <rect {...P} x="70" y="22" width="60" height="116" rx="12" />
      <path {...P} d="M92 124 H108" />
      <path {...A} d="M144 52 Q160 70 144 88 M156 40 Q182 70 156 100" />
    </>
  ),
};

interface Props {
  stageId: string;
  label: string;
}

export function PatientPicture({ stageId, label }: Props) {
  return (
    <svg
      className="patient-picture"
      viewBox="0 0 200 160"
      role="img"
      aria-label={label}
      data-testid="patient-picture"
      data-stage={stageId}
    >
      {PICTURES[stageId] ?? cells}
    </svg>
  );
}
