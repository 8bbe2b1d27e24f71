// Every colour in the stylesheets comes from the palette variables (src/theme/, served as
// virtual:theme.css): no hex, rgb(), hsl() or named colour in src/**/*.css.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ALLOWED = new Set(['transparent', 'currentcolor', 'inherit']);
// The CSS named colours (CSS Color 4, section 6.1).
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
    'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk ' +
    'crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki ' +
    'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue ' +
    'dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite ' +
    'gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen ' +
    'lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
    'mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
    'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);
const COLOUR_FUNCTION = /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

function stylesheets(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return p === join('src', 'theme') ? [] : stylesheets(p);
    return p.endsWith('.css') ? [p] : [];
  });
}

/** Colour literals in the declarations of a stylesheet, as "property: literal". */
function colourLiterals(css: string): string[] {
  const found: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/([\w-]+)\s*:\s*([^;{}]+)(?=[;}])/g)) {
    const [, prop = '', value = ''] = m;
    const add = (literal: string) => found.push(`${prop}: ${literal}`);
    for (const hex of value.match(/#[0-9a-f]{3,8}\b/gi) ?? []) add(hex);
    const fn = COLOUR_FUNCTION.exec(value);
    if (fn) add(fn[0]);
    // a bare word that names a colour
    for (const word of value.match(/(?<![\w-])[a-z]+(?![\w-(])/gi) ?? []) {
      if (!ALLOWED.has(word.toLowerCase()) && NAMED.has(word.toLowerCase())) add(word);
    }
  }
  return found;
}

describe('colour literals in stylesheets', () => {
  it('finds hex, functional and named colours, not variables or keywords', () => {
    const sample = `
      #root .a:not(#x) { color: #fff; border: 1px solid rgb(0 0 0 / 50%); }
      .b { background: hsl(10 50% 50%); outline-color: rebeccapurple }
      .c { color: var(--red); fill: currentColor; stroke: transparent; white-space: nowrap; }
      .d { background: color-mix(in srgb, var(--bg) 80%, transparent); border-color: inherit; }
      /* a comment may say white or #000 */`;
    expect(colourLiterals(sample)).toEqual([
      'color: #fff',
      'border: rgb(',
      'background: hsl(',
      'outline-color: rebeccapurple',
    ]);
  });

  it('leaves none in src CSS outside the theme source', () => {
    const files = stylesheets();
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) =>
      colourLiterals(readFileSync(f, 'utf8')).map((l) => `${f}: ${l}`),
    );
    expect(found).toEqual([]);
  });
});
