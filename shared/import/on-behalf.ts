// Whom a delegation speaks for, as a list writes it in the delegation's own cell: "Kenya on behalf
// of the Group of African States", "Kenya (on behalf of …)", "Kenya, on behalf of …", and the
// same in French ("au nom du Groupe des 77 et de la Chine"), Spanish ("en nombre de"), Russian
// ("от имени"), Arabic ("باسم", "بالنيابة عن") and Chinese ("肯尼亚代表非洲国家集团发言").

/** Who speaks, taken before the phrase; the whole text when it names no one spoken for. */
export interface OnBehalfSplit {
  delegation: string;
  onBehalfOf?: string;
}

/** Not inside a word: the phrases' letters must not be the end of a longer word. */
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?:\s+|$)`;

/** "speaking on behalf of": the participle is part of the phrase, not of the delegation. */
const SPEAKING = String.raw`(?:(?:speaking|s['’]exprimant|intervenant|hablando|выступая|متحدث(?:اً|ا|ة)?)\s+)?`;

/**
 * The phrases, each with what follows it: a French or Spanish article fused with "de" belongs to
 * the phrase ("du Groupe" names the Groupe), so the group's own name is what remains.
 */
const PHRASES = [
  String.raw`on\s+behalf\s+of${WORD_END}`,
  String.raw`au\s+nom\s+(?:de\s+la${WORD_END}|de\s+l['’]\s*|d['’]\s*|des${WORD_END}|du${WORD_END}|de${WORD_END})`,
  String.raw`en\s+nombre\s+(?:de\s+la${WORD_END}|de\s+los${WORD_END}|de\s+las${WORD_END}|del${WORD_END}|de${WORD_END})`,
  String.raw`от\s+имени${WORD_END}`,
  String.raw`(?:بالنيابة|نيابة)\s+عن${WORD_END}`,
  String.raw`باسم${WORD_END}`,
];

const PHRASE = new RegExp(`${NOT_AFTER_LETTER}${SPEAKING}(?:${PHRASES.join('|')})`, 'iu');
/** Chinese has no spaces: 代表 ("on behalf of"), but not 代表团 ("delegation"). */
const CHINESE = /代表(?!团)/u;

const OPENED = /[(（]\s*$/u;

/** The first phrase in the text, at its place, in any of the six languages. */
function findPhrase(text: string): { index: number; length: number; chinese: boolean } | undefined {
  const found = PHRASE.exec(text);
  const chinese = CHINESE.exec(text);
  if (found && (!chinese || found.index <= chinese.index)) {
    return { index: found.index, length: found[0].length, chinese: false };
  }
  return chinese ? { index: chinese.index, length: chinese[0].length, chinese: true } : undefined;
}

/** Splits "X on behalf of Y" (and its forms) into X and Y; a text without the phrase stays whole. */
export function splitOnBehalf(text: string): OnBehalfSplit {
  const phrase = findPhrase(text);
  if (!phrase) return { delegation: text.trim() };
  let before = text.slice(0, phrase.index);
  let after = text.slice(phrase.index + phrase.length).trim();
  const opened = OPENED.test(before);
  // "Kenya, on behalf of", "Kenya (on behalf of", "Kenya – on behalf of": the joint is not the name.
  before = before.replace(/[\s,;:(（\-–—]+$/u, '').trim();
  if (opened) after = after.replace(/\s*[)）]\s*$/u, '');
  // 代表…发言: "speaking on behalf of …" closes with 发言 ("speaks").
  if (phrase.chinese) after = after.replace(/\s*发言\s*[)）]?\s*$/u, '');
  after = after.replace(/^[\s:,]+|[\s,;.]+$/gu, '');
  if (after === '') return { delegation: text.trim() };
  return { delegation: before, onBehalfOf: after };
}

/**
 * A cell of an "on behalf of" column without the phrase, if it repeats it ("on behalf of the
 * European Union" → "European Union"); any other text as it is, trimmed.
 */
export function withoutPhrase(text: string): string {
  const split = splitOnBehalf(text);
  return split.delegation === '' && split.onBehalfOf !== undefined ? split.onBehalfOf : text.trim();
}
