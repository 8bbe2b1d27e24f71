// The spine time-lapse's clock face, drawn on a 2D canvas used as a texture: a dial whose hand
// turns once per 12 model hours, the time since the dose in words (rounded as the header rounds
// its "after start": format-time.ts), and a note that the time course is the mouse's. Redrawn
// only when the shown time or the language changes.
import { CanvasTexture, SRGBColorSpace } from 'three';
import { formatDuration } from '../../i18n/format-time';
import { format, localize, type DisplayLang } from '../../i18n/localize';
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { SURFACE } from '../../theme/actor-colors';

/** The clock's words: "22 h after one dose", the same time the header gives for that moment. */
export function clockTitle(modelMin: number, lang: DisplayLang): string {
  return format(localize(S.spineClock, lang), { time: formatDuration(modelMin, lang) });
}

export const CLOCK_PX = { width: 640, height: 160 };

export interface ClockFace {
  canvas: HTMLCanvasElement;
  texture: CanvasTexture;
}

export function makeClockFace(): ClockFace {
  const canvas = document.createElement('canvas');
  canvas.width = CLOCK_PX.width;
  canvas.height = CLOCK_PX.height;
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return { canvas, texture };
}

/** Draws the face for `hours` since the dose, with the two lines of text already localised. */
export function drawClockFace(face: ClockFace, hours: number, title: string, note: string): void {
  const ctx = face.canvas.getContext('2d');
  if (!ctx) return;
  const { width: w, height: h } = CLOCK_PX;
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = SURFACE.panel;
  ctx.globalAlpha = 0.88;
  ctx.beginPath();
  ctx.roundRect(2, 2, w - 4, h - 4, 22);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = SURFACE.grid;
  ctx.lineWidth = 3;
  ctx.stroke();
  // dial
  const cx = 80;
  const cy = h / 2;
  const r = 56;
  ctx.strokeStyle = SURFACE.text;
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.stroke();
  ctx.lineWidth = 4;
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    ctx.beginPath();
    ctx.moveTo(cx + Math.sin(a) * r * 0.78, cy - Math.cos(a) * r * 0.78);
    ctx.lineTo(cx + Math.sin(a) * r * 0.92, cy - Math.cos(a) * r * 0.92);
    ctx.stroke();
  }
  const a = ((hours % 12) / 12) * Math.PI * 2;
  ctx.strokeStyle = SURFACE.focus;
  ctx.lineWidth = 7;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(cx, cy);
  ctx.lineTo(cx + Math.sin(a) * r * 0.72, cy - Math.cos(a) * r * 0.72);
  ctx.stroke();
  // words
  ctx.fillStyle = SURFACE.text;
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 46px "Atkinson Hyperlegible", sans-serif';
  ctx.fillText(title, 158, cy - 22, w - 170);
  ctx.fillStyle = SURFACE.mutedText;
  ctx.font = '24px "Atkinson Hyperlegible", sans-serif';
  ctx.fillText(note, 158, cy + 34, w - 170);
  face.texture.needsUpdate = true;
}
