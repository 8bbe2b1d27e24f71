// Decodes the kiosk's QR code (an SVG path of one-unit squares) with a real QR decoder.
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

/** Reads the QR code's modules from its SVG path and decodes them (4 px a module). */
export async function decodeQr(page: Page): Promise<string | null> {
  const svg = page.getByTestId('kiosk-qr');
  const viewBox = (await svg.getAttribute('viewBox')) ?? '';
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  const size = Number(viewBox.split(' ')[2]);
  const scale = 4;
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((y * scale + dy) * px + x * scale + dx) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
    }
  }
  return jsQR(rgba, px, px)?.data ?? null;
}
