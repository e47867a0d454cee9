// The lectern's colours, read from lectern.css itself: the WCAG contrast ratio of the text on each
// phase's background (and on the time-up flash, the signal, the calm screen) is 7:1 or better,
// the level WCAG asks of small text at AAA, though the lectern's text is large. The browser test
// measures the same on the page (tests/browser/lectern.test.ts); the figures are printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LECTERN_TONES } from '../../../client/views/lectern/lectern-tone.ts';

const CSS = readFileSync(path.resolve('client/views/lectern/lectern.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The declarations of the rule whose selector is exactly `selector` (the first such rule). */
function declarations(selector: string): Record<string, string> {
  for (const [, found = '', body = ''] of CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (found.trim() !== selector) continue;
    const entries = body
      .split(';')
      .map((line) => line.split(':').map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '');
    return Object.fromEntries(entries);
  }
  throw new Error(`No rule ${selector} in lectern.css`);
}

/** A #rrggbb colour's relative luminance (WCAG 2.2). */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1], 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255].map((channel) => {
    const s = channel / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The WCAG contrast ratio of two colours, to two decimals. */
function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

function must(value: string | undefined, what: string): string {
  if (value === undefined) throw new Error(`lectern.css has no ${what}`);
  return value;
}

/** Each pair of text and background the lectern shows, with what it is. */
function pairs(): { what: string; text: string; background: string }[] {
  const tones = LECTERN_TONES.map((tone) => {
    const rule = declarations(`.lectern-floor[data-tone='${tone}']`);
    return {
      what: `${tone}`,
      text: must(rule['--lectern-fg'], `${tone} text`),
      background: must(rule['--lectern-bg'], `${tone} background`),
    };
  });
  const flash =
    /@keyframes lectern-flash\s*\{\s*50%\s*\{\s*background-color:\s*(#[0-9a-f]{6})/i.exec(CSS);
  const timeUp = tones.find((t) => t.what === 'timeUp');
  const slower = declarations('.lectern-slower');
  const calm = declarations('.lectern-calm');
  const root = declarations('.lectern');
  const mark = declarations('.lectern-connection');
  return [
    ...tones,
    {
      what: 'timeUp, flashed',
      text: must(timeUp?.text, 'time-up text'),
      background: must(flash?.[1], 'time-up flash'),
    },
    {
      what: 'slower, please',
      text: must(slower.color, 'signal text'),
      background: must(slower.background, 'signal background'),
    },
    {
      what: 'calm screen',
      text: must(calm['--lectern-fg'], 'calm text'),
      background: must(calm['--lectern-bg'], 'calm background'),
    },
    {
      what: 'calm screen, room name',
      text: must(calm['--lectern-muted'], 'calm muted text'),
      background: must(calm['--lectern-bg'], 'calm background'),
    },
    {
      what: 'connecting',
      text: must(root.color, 'text'),
      background: must(root.background, 'background'),
    },
    {
      what: 'reconnecting mark',
      text: must(mark.color, 'mark text'),
      background: must(mark.background, 'mark background'),
    },
  ];
}

describe('the lectern’s colours', () => {
  it('give every text 7:1 or better on its background', () => {
    const measured = pairs().map((pair) => ({
      ...pair,
      ratio: contrastRatio(pair.text, pair.background),
    }));
    console.log(
      measured.map((m) => `${m.what}: ${m.text} on ${m.background} = ${m.ratio}:1`).join('\n'),
    );
    for (const m of measured) expect(m.ratio, m.what).toBeGreaterThanOrEqual(7);
  });

  it('give each phase its own background, but for time up and over time (one red)', () => {
    const backgrounds = LECTERN_TONES.map(
      (tone) => declarations(`.lectern-floor[data-tone='${tone}']`)['--lectern-bg'],
    );
    expect(new Set(backgrounds).size).toBe(LECTERN_TONES.length - 1);
  });

  it('are measured as WCAG measures them', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#777777', '#ffffff')).toBe(4.48);
  });
});
