// Renders the chart component to static markup (react-dom/server) and checks its SVG: the layer
// between the pure scale tests and the browser tests.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart, type LineChartProps } from '../../../../src/panels/chart/LineChart';

function markup(props: Partial<LineChartProps> = {}): string {
  return renderToStaticMarkup(
    <LineChart
      size={{ width: 400, height: 0, fontPx: 16 }}
      xKind="linear"
      xDomain={[0, 100]}
      xTicks={[0, 50, 100].map((v) => ({ value: v, label: `${v} min` }))}
      yDomain={[0, 10]}
      yFormat={(v) => `${v}`}
      series={[
        {
          id: 'conc',
          color: '#ff7a33',
          points: [
            [0, 0],
            [50, 10],
            [100, 5],
          ],
        },
      ]}
      bands={[{ id: 'range', low: 2, high: 4, color: '#56b4e9' }]}
      markers={[{ key: 'peak', x: 50, y: 10, color: '#ff7a33', value: '10 ng/mL' }]}
      ariaLabel="Test chart"
      testId="test-chart"
      {...props}
    />,
  );
}

/** Attributes of every <tag> element in the markup (well formed: React writes it). */
function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)/?>`, 'g'))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? '').matchAll(/([\w-:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]),
    ),
  );
}

describe('LineChart as static SVG', () => {
  it('is one labelled image of the measured width', () => {
    const [svg] = elements(markup(), 'svg');
    expect(svg).toMatchObject({ role: 'img', 'aria-label': 'Test chart', width: '400' });
    expect(Number(svg!.height)).toBeGreaterThan(100);
  });

  it('draws the series through its points, left to right, top for the maximum', () => {
    const html = markup();
    const path = elements(html, 'path').find((p) => p['data-series'] === 'conc')!;
    const pts = [...path.d!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!]);
    expect(pts).toHaveLength(3);
    expect(pts[0]![0]).toBeLessThan(pts[1]![0]!);
    expect(pts[1]![0]).toBeLessThan(pts[2]![0]!);
    expect(pts[1]![1]).toBeLessThan(pts[2]![1]!); // 10 is drawn above 5
    expect(pts[2]![1]).toBeLessThan(pts[0]![1]!); // 5 above 0
    const [marker] = elements(html, 'circle').filter((c) => c['data-key'] === 'peak');
    expect(marker!['data-value']).toBe('10 ng/mL');
    expect(Number(marker!.cx)).toBeCloseTo(pts[1]![0]!, 3);
    expect(Number(marker!.cy)).toBeCloseTo(pts[1]![1]!, 3);
  });

  it('shades a band between its values and drops one outside the domain', () => {
    const html = markup({
      bands: [
        { id: 'range', low: 2, high: 4, color: '#56b4e9' },
        { id: 'outside', low: 20, high: 30, color: '#56b4e9' },
      ],
    });
    const rects = elements(html, 'rect');
    expect(rects.map((r) => r['data-band']).filter(Boolean)).toEqual(['range']);
    const band = rects.find((r) => r['data-band'] === 'range')!;
    const path = elements(html, 'path').find((p) => p['data-series'] === 'conc')!;
    const y0 = Number(path.d!.match(/^M[\d.]+,([\d.]+)/)![1]); // y of value 0
    const y10 = Number(path.d!.match(/L[\d.]+,([\d.]+)/)![1]); // y of value 10
    const perUnit = (y0 - y10) / 10;
    expect(Number(band.height)).toBeCloseTo(2 * perUnit, 3);
    expect(Number(band.y)).toBeCloseTo(y0 - 4 * perUnit, 3);
  });

  it('labels the x axis with the given ticks', () => {
    const html = markup();
    for (const label of ['0 min', '50 min', '100 min']) expect(html).toContain(`>${label}<`);
  });
});
