// The storyboard's history picture: a timeline with the caption's years (made 1962, anaesthetic
// 1970, first depression trial 2000, nasal spray 2019), ketamine's colour at its start.
import type { LocalizedText } from '../i18n/localize';
import { STRUCTURE_TEXT as T } from '../i18n/strings/scene';
import { Labels } from './Labels';
import { fill } from './paint';

const FROM = 1960;
const TO = 2025;
const YEARS = [1962, 1970, 2000, 2019] as const;
const x = (year: number) => 24 + ((year - FROM) / (TO - FROM)) * 272;

export function HistoryPicture({ tr }: { tr: (e: LocalizedText) => string }) {
  return (
    <g data-part="history">
      <path className="sb-axis sb-timeline" d={`M${x(FROM)} 120 L${x(TO)} 120`} />
      {YEARS.map((year, i) => (
        <g key={year}>
          <circle cx={x(year)} cy={120} r={7} style={fill(i === 0 ? 'ketamine' : 'ampa')} />
          <text x={x(year)} y={i % 2 ? 156 : 96} textAnchor="middle" className="sb-label sb-strong">
            {year}
          </text>
        </g>
      ))}
      <Labels
        items={[
          { x: x(1962), y: 60, text: tr(T.ketamine.name), line: [x(1962) + 2, 64, x(1962), 82] },
        ]}
      />
    </g>
  );
}
