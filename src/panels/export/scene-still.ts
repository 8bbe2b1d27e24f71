// A labelled 1920 x 1080 PNG still of the stage on screen: the scene's picture (the 3D canvas,
// or the storyboard's picture without WebGL), the structure labels where they are on screen,
// the stage title and caption, and the source line, licence and date.
import { currentStage, useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { intlLocale, type LocalizedText } from '../../i18n/localize';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { APP_STRINGS as A } from '../../i18n/strings/app';
import { downloadBlob } from './download';
import { fileName } from './csv';
import { wrap } from './figure-svg';

type Tr = (entry: LocalizedText, values?: Record<string, string | number>) => string;

const W = 1920;
const H = 1080;
const FONT = 'Atkinson Hyperlegible, Verdana, Arial, sans-serif';

/** The WebGL canvas's pixels, read right after the scene draws its next frame. */
function grabCanvas(canvas: HTMLCanvasElement): Promise<CanvasImageSource> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d')?.drawImage(canvas, 0, 0);
      resolve(copy);
    });
  });
}

async function svgImage(svg: SVGSVGElement): Promise<CanvasImageSource> {
  const img = new Image();
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
  );
  try {
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function stillCanvas(tr: Tr): Promise<HTMLCanvasElement> {
  const view = document.querySelector<HTMLElement>('.scene-view');
  const gl = view?.querySelector('canvas');
  const svg = view?.querySelector('svg');
  const picture = gl ? await grabCanvas(gl) : svg ? await svgImage(svg) : null;
  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const css = getComputedStyle(document.documentElement);
  const bg = css.getPropertyValue('--bg').trim() || '#0b1020';
  const text = css.getPropertyValue('--text').trim() || '#fff';
  const muted = css.getPropertyValue('--muted').trim() || '#ccc';
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, W, H);

  // the picture in the middle band, kept in proportion
  const top = 120;
  const bottom = H - 220;
  const rect = view?.getBoundingClientRect();
  if (picture && rect && rect.width > 0 && rect.height > 0) {
    const scale = Math.min(W / rect.width, (bottom - top) / rect.height);
    const w = rect.width * scale;
    const h = rect.height * scale;
    const x = (W - w) / 2;
    const y = top + (bottom - top - h) / 2;
    ctx.drawImage(picture, x, y, w, h);
    // structure labels where the scene shows them
    ctx.font = `600 26px ${FONT}`;
    ctx.textBaseline = 'middle';
    for (const label of view?.querySelectorAll<HTMLElement>('[data-label], .scene-label') ?? []) {
      const r = label.getBoundingClientRect();
      const t = label.textContent?.trim();
      if (!t || r.width === 0 || getComputedStyle(label).visibility === 'hidden') continue;
      const lx = x + (r.left - rect.left) * scale;
      const ly = y + (r.top + r.height / 2 - rect.top) * scale;
      const tw = ctx.measureText(t).width;
      ctx.fillStyle = 'rgba(0,0,0,0.65)';
      ctx.fillRect(lx - 6, ly - 18, tw + 12, 36);
      ctx.fillStyle = text;
      ctx.fillText(t, lx, ly);
    }
  }

  const { story, stageIndex } = useApp.getState();
  const stage = currentStage();
  const total = visibleStages(story).length;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = text;
  ctx.font = `bold 52px ${FONT}`;
  ctx.fillText(tr(S.stillHeading, { n: stageIndex + 1, total, title: tr(stage.title) }), 60, 84);
  ctx.font = `34px ${FONT}`;
  wrap(tr(stage.caption), 95)
    .slice(0, 2)
    .forEach((line, i) => ctx.fillText(line, 60, H - 160 + i * 44));
  ctx.fillStyle = muted;
  ctx.font = `24px ${FONT}`;
  const lang = useApp.getState().lang;
  const date = new Date().toLocaleDateString(intlLocale(lang), { dateStyle: 'long' });
  ctx.fillText(`${tr(S.stillModelNote)} ${tr(A.notAdvice)}`, 60, H - 56);
  ctx.fillText(tr(S.figureFooter, { licence: tr(S.licenceShort), date }), 60, H - 24);
  return out;
}

export async function downloadSceneStill(tr: Tr): Promise<void> {
  const canvas = await stillCanvas(tr);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  downloadBlob(blob, fileName(`stage-${currentStage().id}`, 'png', new Date()));
}
