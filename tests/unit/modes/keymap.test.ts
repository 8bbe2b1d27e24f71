// The one key table: no key means two things in a mode, every mode can reach its stages,
// and the help lists each action once.
import { describe, expect, it } from 'vitest';
import { actionForKey, bindingsForMode, KEY_BINDINGS, keyName } from '../../../src/a11y/keymap';
import type { Mode } from '../../../src/state/store';

const MODES: Mode[] = ['explore', 'present', 'kiosk'];

describe('key table', () => {
  it.each(MODES)('gives every key one action in %s mode', (mode) => {
    const seen = new Map<string, string>();
    for (const b of KEY_BINDINGS.filter((b) => b.modes.includes(mode))) {
      for (const key of b.keys) {
        const before = seen.get(key);
        expect(before === undefined || before === b.action, `${key}: ${before} / ${b.action}`).toBe(
          true,
        );
        seen.set(key, b.action);
      }
    }
  });

  it('drives a lecture with clicker keys and Space', () => {
    expect(actionForKey('PageDown', 'present')).toBe('next');
    expect(actionForKey('PageUp', 'present')).toBe('previous');
    expect(actionForKey(' ', 'present')).toBe('next');
    expect(actionForKey('b', 'present')).toBe('blackout');
    expect(actionForKey('.', 'present')).toBe('blackout');
    expect(actionForKey('F', 'present')).toBe('fullscreen');
    expect(actionForKey('?', 'present')).toBe('help');
  });

  it('lets a kiosk visitor pause but not move, blank or open anything', () => {
    expect(actionForKey(' ', 'kiosk')).toBe('togglePlay');
    for (const key of ['ArrowRight', 'PageDown', 'Home', 'b', '.', 'f', 'p', '?', '<', '>']) {
      expect(actionForKey(key, 'kiosk'), key).toBeNull();
    }
  });

  it('changes speed with < and > outside the kiosk', () => {
    expect(actionForKey('<', 'explore')).toBe('slower');
    expect(actionForKey('>', 'present')).toBe('faster');
    expect(actionForKey('>', 'kiosk')).toBeNull();
  });

  it('plays and pauses with Space in explore mode', () => {
    expect(actionForKey(' ', 'explore')).toBe('togglePlay');
    expect(actionForKey('b', 'explore')).toBeNull();
  });

  it('lists each action once for the help, with all its keys', () => {
    const rows = bindingsForMode('present');
    expect(new Set(rows.map((r) => r.action)).size).toBe(rows.length);
    expect(rows.find((r) => r.action === 'next')?.keys).toEqual([
      'ArrowRight',
      'PageDown',
      ' ',
      'ArrowDown',
    ]);
    // upper-case twins of a letter are not listed twice
    expect(rows.find((r) => r.action === 'blackout')?.keys).toEqual(['b', '.']);
  });

  it('writes keys for people', () => {
    const es = { ' ': 'Espacio', PageDown: 'Av Pág' };
    expect(keyName(' ', es)).toBe('Espacio');
    expect(keyName('PageDown', es)).toBe('Av Pág');
    expect(keyName('ArrowLeft', es)).toBe('←');
    expect(keyName('b')).toBe('B');
    expect(keyName('Home')).toBe('Home');
  });
});
