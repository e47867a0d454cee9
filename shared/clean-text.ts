// Clean text: what the chair types reaches every wall and phone, so a text must show what it
// holds. Texts are normalised to NFC, and a text is refused when it holds a character that
// can hide or disguise what it says. zod-free, so that any screen may use it.
//
// Refused:
// - controls: C0 (U+0000–U+001F, tab and line breaks included: every text is one line), DEL,
//   C1 (U+0080–U+009F);
// - bidirectional formatting: the marks U+061C, U+200E, U+200F, the embeddings and overrides
//   U+202A–U+202E, the isolates U+2066–U+2069 (`\u202Eecnarf` would show as "France");
// - invisible formatting: soft hyphen U+00AD, combining grapheme joiner U+034F, the Hangul
//   fillers U+115F, U+1160, U+3164, U+FFA0, Khmer U+17B4–U+17B5, Mongolian vowel separator
//   U+180E, zero width space U+200B, line and paragraph separators U+2028–U+2029, word joiner
//   and invisible operators U+2060–U+2064 (and unassigned U+2065), deprecated U+206A–U+206F,
//   byte order mark U+FEFF, interlinear annotation U+FFF9–U+FFFB, musical formatting
//   U+1D173–U+1D17A, tag characters U+E0000–U+E007F, and every other format character
//   (Unicode's Cf, such as the shorthand U+1BCA0–U+1BCA3 and Egyptian U+13430–U+1343F format
//   controls) but the visible Arabic and Syriac number marks; the Braille blank U+2800;
// - noncharacters U+FFFE, U+FFFF and lone surrogates (not text at all).
// Allowed where they can be legitimate:
// - the joiners U+200C (ZWNJ) and U+200D (ZWJ), which Arabic, Persian and Indic scripts (and
//   emoji sequences) need, when they stand between two visible characters: not at either end,
//   not beside a space or another joiner, where they could only hide;
// - variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF, Mongolian U+180B–U+180D, U+180F),
//   which choose a glyph (emoji presentation, a Han variant), right after a letter, digit,
//   mark or symbol, the characters they can vary; anywhere else they are invisible.

/** Why a text was refused. */
export interface TextProblem {
  /** The code point at fault, as 'U+202E'. */
  codePoint: string;
  /** Its position in the text, in UTF-16 units. */
  index: number;
  /** What it is, in a few words, for the message. */
  what: string;
}

/** A clean text (NFC), or the first character that makes it unclean. */
export type CleanTextResult = { ok: true; text: string } | { ok: false; problem: TextProblem };

const BIDI = new Set([0x061c, 0x200e, 0x200f]);
const INVISIBLE = new Set([
  0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x2028, 0x2029, 0x3164, 0xfeff,
  0xffa0,
]);
const JOINERS = new Set([0x200c, 0x200d]);
/** Format characters that show a sign of their own (Arabic and Syriac number marks). */
const VISIBLE_FORMAT = new Set([
  0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd,
  0x110cd,
]);
const FORMAT = /^\p{Cf}$/u;

const between = (cp: number, low: number, high: number) => cp >= low && cp <= high;

/** What a refused code point is, or undefined when it may stand anywhere. */
function forbiddenKind(cp: number): string | undefined {
  if (cp <= 0x1f || between(cp, 0x7f, 0x9f)) return 'a control character';
  if (BIDI.has(cp) || between(cp, 0x202a, 0x202e) || between(cp, 0x2066, 0x2069)) {
    return 'a bidirectional formatting character';
  }
  if (
    INVISIBLE.has(cp) ||
    between(cp, 0x2060, 0x2065) ||
    between(cp, 0x206a, 0x206f) ||
    between(cp, 0xfff9, 0xfffb) ||
    between(cp, 0x1d173, 0x1d17a) ||
    between(cp, 0xe0000, 0xe007f)
  ) {
    return 'an invisible formatting character';
  }
  if (cp === 0xfffe || cp === 0xffff || between(cp, 0xd800, 0xdfff)) return 'not a character';
  // Any other format character (Unicode's Cf: shorthand and Egyptian format controls, and any
  // the lists above do not name yet), but the joiners and the visible Arabic number marks.
  const char = String.fromCodePoint(cp);
  if (FORMAT.test(char) && !JOINERS.has(cp) && !VISIBLE_FORMAT.has(cp)) {
    return 'an invisible formatting character';
  }
  // The Braille pattern blank draws nothing, and reads as no name at all.
  if (cp === 0x2800) return 'a blank character';
  return undefined;
}

function isVariationSelector(cp: number): boolean {
  return (
    between(cp, 0xfe00, 0xfe0f) ||
    between(cp, 0xe0100, 0xe01ef) ||
    between(cp, 0x180b, 0x180d) ||
    cp === 0x180f
  );
}

/** A character a variation selector may follow. */
const VARIABLE = /^[\p{L}\p{N}\p{M}\p{S}]$/u;
/** A character a joiner may stand beside: anything visible. */
const VISIBLE = /^[^\s\u200c\u200d]$/u;

/** The first character of `text` that can hide or disguise it (see the top of this file). */
export function findHiddenCharacter(text: string): TextProblem | undefined {
  // Iterating a string yields code points, and a lone surrogate as itself.
  const chars = [...text];
  let index = 0;
  for (const [i, char] of chars.entries()) {
    const cp = char.codePointAt(0) ?? 0;
    const previous = chars[i - 1];
    const next = chars[i + 1];
    let what = forbiddenKind(cp);
    const joins = previous !== undefined && next !== undefined;
    if (!what && JOINERS.has(cp) && !(joins && VISIBLE.test(previous) && VISIBLE.test(next))) {
      what = 'a joiner that joins nothing';
    }
    const variable =
      previous !== undefined &&
      VARIABLE.test(previous) &&
      !isVariationSelector(previous.codePointAt(0) ?? 0);
    if (!what && isVariationSelector(cp) && !variable) {
      what = 'a variation selector that varies nothing';
    }
    if (what) return { codePoint: codePointName(cp), index, what };
    index += char.length;
  }
  return undefined;
}

/** Normalises a text to NFC, then checks it holds nothing hidden. */
export function cleanText(text: string): CleanTextResult {
  const normalized = text.normalize('NFC');
  const problem = findHiddenCharacter(normalized);
  return problem ? { ok: false, problem } : { ok: true, text: normalized };
}

/** The message for a refused text, naming the field (e.g. 'delegation'). */
export function hiddenCharacterMessage(problem: TextProblem): string {
  return `holds ${problem.what} (${problem.codePoint}) at position ${problem.index + 1}, which could hide what the text says; remove it.`;
}

function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
