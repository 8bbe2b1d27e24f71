// What the download buttons do (loaded on first use): SVG and PNG of the chart with its title,
// legend, source line, licence and date; CSV of its table.
import type { TableSpec } from '../chart/DataTable';
import type { Source } from '../../content/types';
import { shortCitation } from '../data/sources';
import { intlLocale, type DisplayLang } from '../../i18n/localize';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import type { LocalizedText } from '../../i18n/localize';
import { fileName, tableToCsv } from './csv';
import { downloadBlob, svgToPng } from './download';
import { figureSvg, type FigureMeta } from './figure-svg';

type Tr = (entry: LocalizedText, values?: Record<string, string | number>) => string;

export interface ExportInput {
  id: string;
  title: string;
  table: TableSpec;
  sources: readonly Source[];
  note?: string;
  figure: HTMLElement;
  tr: Tr;
  lang: DisplayLang;
}

function meta(input: ExportInput, date: Date): FigureMeta {
  const { tr } = input;
  const root = getComputedStyle(input.figure);
  const footer: string[] = [];
  if (input.sources.length) {
    footer.push(tr(S.figureSource, { sources: input.sources.map(shortCitation).join('; ') }));
  }
  if (input.note) footer.push(input.note);
  footer.push(
    tr(S.figureFooter, {
      licence: tr(S.licenceShort),
      date: date.toLocaleDateString(intlLocale(input.lang), { dateStyle: 'long' }),
    }),
  );
  const legend = [...input.figure.querySelectorAll('.pfig-legend li')].map((li) => {
    const swatch = li.querySelector('.swatch');
    const cs = swatch ? getComputedStyle(swatch) : null;
    const bg = cs?.backgroundColor ?? '';
    const color = bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : (cs?.borderTopColor ?? '#888');
    return { label: li.textContent?.trim() ?? '', color };
  });
  const axes = [...input.figure.querySelectorAll('.pfig-legend .pfig-muted')].map(
    (p) => p.textContent?.trim() ?? '',
  );
  return {
    title: input.title,
    axes: axes.filter(Boolean),
    footer,
    legend,
    background: root.getPropertyValue('--bg').trim() || '#0b1020',
    text: root.getPropertyValue('--text').trim() || '#fff',
    muted: root.getPropertyValue('--muted').trim() || '#ccc',
  };
}

function chartSvg(figure: HTMLElement): SVGSVGElement {
  const svg = figure.querySelector<SVGSVGElement>('.pfig-chart svg');
  if (!svg) throw new Error('this figure has no chart to export');
  return svg;
}

export function exportSvg(input: ExportInput): void {
  const date = new Date();
  const { svg } = figureSvg(chartSvg(input.figure), meta(input, date));
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName(input.id, 'svg', date));
}

export async function exportPng(input: ExportInput): Promise<void> {
  const date = new Date();
  const { svg, width, height } = figureSvg(chartSvg(input.figure), meta(input, date));
  const png = await svgToPng(svg, width, height, 2);
  downloadBlob(png, fileName(input.id, 'png', date));
}

export function exportCsv(input: ExportInput): void {
  const date = new Date();
  // a byte-order mark so spreadsheet programs read the accents and units right
  const blob = new Blob(['\uFEFF', tableToCsv(input.table)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, fileName(input.id, 'csv', date));
}
