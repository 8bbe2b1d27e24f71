// The storyboard's safety picture: a blood pressure trace on a monitor that rises during the
// session and settles within hours (the caption's "raised blood pressure for hours"); schematic,
// no numbers.
import type { LocalizedText } from '../i18n/localize';
import { STORYBOARD_STRINGS as S } from '../i18n/strings/scene';
import { Labels } from './Labels';

export function SafetyPicture({ tr }: { tr: (e: LocalizedText) => string }) {
  return (
    <g data-part="safety">
      <rect className="sb-monitor" x={20} y={30} width={280} height={150} rx={10} />
      <path className="sb-axis" d="M40 160 L284 160" />
      {/* the session: a band on the time axis */}
      <rect className="sb-session" x={70} y={50} width={50} height={110} />
      <path
        className="sb-trace"
        d="M40 130 L70 130 Q92 130 104 86 Q116 70 134 84 Q170 118 220 128 L284 130"
      />
      <Labels
        items={[
          { x: 40, y: 20, text: tr(S.bloodPressure) },
          { x: 300, y: 204, text: tr(S.monitored), anchor: 'end' },
        ]}
      />
    </g>
  );
}
