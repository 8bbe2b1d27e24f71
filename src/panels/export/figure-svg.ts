// A chart on screen as a self-contained SVG for handouts: its title, the chart itself (axes,
// units and marks, with the page's computed styles written in), its legend, and the source
// line, licence and date.
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

const FONT = 'Atkinson Hyperlegible, Verdana, Arial, sans-serif';

export interface FigureMeta {
  title: string;
  /** what the axes measure, with units (the figure's axis line) */
  axes: readonly string[];
  /** lines under the chart: source, note, licence and date */
  footer: readonly string[];
  legend: readonly { label: string; color: string }[];
  background: string;
  text: string;
  muted: string;
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The chart's <svg> cloned with its computed styles inlined. */
function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', `${style};font-family:${FONT}`);
    target.removeAttribute('class');
  });
  return clone;
}

export function figureSvg(
  chart: SVGSVGElement,
  meta: FigureMeta,
): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.max(480, Math.round(box.width));
  const chartH = Math.round(box.height);
  const pad = 16;
  const maxChars = Math.floor((width - 2 * pad) / 6);
  const titleLines = wrap(meta.title, Math.floor((width - 2 * pad) / 9.5));
  const titleH = titleLines.length * 22 + 8;
  // two legend columns when every label fits in half the width, else one
  const columns = meta.legend.every((l) => l.label.length * 7 < (width - 2 * pad) / 2 - 24) ? 2 : 1;
  const legendLines = Math.ceil(meta.legend.length / columns);
  const axesLines = meta.axes.flatMap((a) => wrap(a, Math.floor((width - 2 * pad) / 7)));
  const footerLines = meta.footer.flatMap((f) => wrap(f, maxChars));
  const height =
    pad +
    titleH +
    chartH +
    8 +
    axesLines.length * 18 +
    legendLines * 20 +
    10 +
    footerLines.length * 16 +
    pad;

  const chartSvg = inlineStyles(chart);
  chartSvg.setAttribute('x', String((width - box.width) / 2));
  chartSvg.setAttribute('y', String(pad + titleH));
  chartSvg.setAttribute('width', String(box.width));
  chartSvg.setAttribute('height', String(chartH));
  const chartMarkup = new XMLSerializer().serializeToString(chartSvg);

  let y = pad + 18;
  const parts: string[] = [
    `<title>${esc(meta.title)}</title>`,
    `<rect width="100%" height="100%" fill="${esc(meta.background)}"/>`,
    ...titleLines.map(
      (l, i) =>
        `<text x="${pad}" y="${y + i * 22}" font-size="18" font-weight="bold" fill="${esc(meta.text)}">${esc(l)}</text>`,
    ),
    chartMarkup,
  ];
  y = pad + titleH + chartH + 20;
  axesLines.forEach((l, i) => {
    parts.push(
      `<text x="${pad}" y="${y + i * 18}" font-size="13" fill="${esc(meta.text)}">${esc(l)}</text>`,
    );
  });
  y += axesLines.length * 18 + 4;
  meta.legend.forEach((item, i) => {
    const x = pad + (i % columns) * ((width - 2 * pad) / 2);
    const ly = y + Math.floor(i / columns) * 20;
    parts.push(
      `<rect x="${x}" y="${ly - 10}" width="14" height="10" fill="${esc(item.color)}"/>`,
      `<text x="${x + 20}" y="${ly}" font-size="12" fill="${esc(meta.text)}">${esc(item.label)}</text>`,
    );
  });
  y += legendLines * 20;
  footerLines.forEach((l, i) => {
    parts.push(
      `<text x="${pad}" y="${y + i * 16}" font-size="11" fill="${esc(meta.muted)}">${esc(l)}</text>`,
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">${parts.join('')}</svg>`;
  return { svg, width, height };
}
