// The embed's message filter and code snippet, and the CSV writer.
import { describe, expect, it } from 'vitest';
import { parseEmbedMessage } from '../../../src/modes/embed/embed-api';
import { embedCode, isEmbed } from '../../../src/modes/embed/embed-code';
import { csvField, csvValue, tableToCsv } from '../../../src/panels/export/csv';

describe('embed messages', () => {
  it('accepts exactly the documented shapes', () => {
    const source = 'ketamine-synapse';
    expect(parseEmbedMessage({ source, type: 'play' })).toEqual({ source, type: 'play' });
    expect(parseEmbedMessage({ source, type: 'pause' })).toEqual({ source, type: 'pause' });
    expect(parseEmbedMessage({ source, type: 'goToStage', stage: 'mtor' })).toEqual({
      source,
      type: 'goToStage',
      stage: 'mtor',
    });
  });

  it('ignores everything else', () => {
    for (const bad of [
      null,
      'play',
      { type: 'play' },
      { source: 'other', type: 'play' },
      { source: 'ketamine-synapse', type: 'stop' },
      { source: 'ketamine-synapse', type: 'play', extra: 1 },
      { source: 'ketamine-synapse', type: 'goToStage' },
      { source: 'ketamine-synapse', type: 'goToStage', stage: 3 },
      { source: 'ketamine-synapse', type: 'goToStage', stage: 'x'.repeat(65) },
    ]) {
      expect(parseEmbedMessage(bad)).toBeNull();
    }
  });

  it('the snippet names the stage and language and escapes the title', () => {
    expect(isEmbed('?embed=1&stage=x')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
    const code = embedCode('https://example.org/app/?mode=present#x', 'mtor', 'es', 'A "b" <c>');
    expect(code).toContain('src="https://example.org/app/?embed=1&amp;stage=mtor&amp;lang=es"');
    expect(code).toContain('title="A &quot;b&quot; &lt;c>"');
    expect(code).not.toContain('mode=present');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('1,5')).toBe('"1,5"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    const csv = tableToCsv({
      caption: 'c',
      columns: [
        { key: 'a', label: 'Time' },
        { key: 'b', label: 'ng/mL', numeric: true },
      ],
      rows: [{ key: 'r', cells: ['0 min', '1,200'] }],
    });
    expect(csv).toBe('Time,ng/mL\r\n0 min,"1,200"\r\n');
  });
});

describe('raw CSV', () => {
  it('writes unformatted numbers with the units in the header, not the table text', () => {
    const csv = tableToCsv({
      caption: 'Plasma',
      columns: [
        { key: 't', label: 'Tiempo' },
        { key: 'ng', label: 'ng/mL', numeric: true },
      ],
      rows: [{ key: 't30', cells: ['30 min', '1.234,6'] }],
      csv: {
        header: ['Tiempo (min)', 'Ketamina en plasma (ng/mL)'],
        rows: [
          [30, 1234.5678],
          [40, Number.NaN],
          [50, null],
        ],
      },
    });
    expect(csv).toBe('Tiempo (min),Ketamina en plasma (ng/mL)\r\n30,1234.5678\r\n40,\r\n50,\r\n');
    expect(csvValue(-0.25)).toBe('-0.25');
    expect(csvValue('a, b')).toBe('"a, b"');
  });
});
