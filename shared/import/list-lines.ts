// A list of speakers as pasted from Word or copied out of a PDF: one item a line, numbered or
// bulleted ("1.⇥Netherlands", "1) Netherlands", "• Netherlands", "- Netherlands", "a) …"), its
// long names broken over two lines where the page was too narrow, a page number or a title here
// and there. Each item comes out as the cells of a row (delegation first); a line that is neither
// an item nor part of one is returned as ignored, so the preview can say so.

/** One item of the list, with the line it starts on (1-based). */
export interface ListItem {
  line: number;
  /** Delegation, then speaker and title when the item gives them (after a tab, a dash or on its own line). */
  cells: string[];
}

export interface ListLines {
  items: ListItem[];
  /** Lines read as no part of an item: a title before the list, a page number. */
  ignored: { line: number; text: string }[];
}

/**
 * A list marker and the space after it: 1. 1) (1) 12⇥ (in any script's digits: ١.), a) b., and the
 * bullets Word and PDF readers paste (•, ·, -, –, *, and the Symbol and Wingdings glyphs o § Ø ü before a tab).
 */
const MARKER =
  /^\s*(?:\(?\p{Nd}{1,3}[.)](?!\p{Nd})|\p{Nd}{1,3}(?=\t)|\(?[a-z][.)](?=\s)|[•·▪◦‣●○■□►▸➢➤✓*\-–—](?=\s|$)|[o§Øü](?=\t))[\t ]*/u;

/** A page's furniture: "3", "Page 2 of 4", "- 3 -", a UN document's job number ("GE.25-01234"). */
const PAGE_FURNITURE =
  /^(?:(?:page|p\.|стр\.?|página)?\s*\d{1,4}(?:\s*(?:\/|of|sur|de|из)\s*\d{1,4})?|-\s*\d{1,4}\s*-|GE\.\d{2}-\d{4,6}.*)$/iu;

/** A line a name breaks after: a joining word, a comma, an open "on behalf of". */
const OPEN_END =
  /(?:^|\s)(?:and|of|the|for|on behalf|et|de|du|des|la|le|les|d['’]|y|del|los|las|en nombre|au nom|и|от имени|باسم)$|[,&]$/iu;

/** A line that can only go on the one before: a parenthesis, "on behalf of". */
const CONTINUING_START =
  /^(?:[)(（）]|on behalf|au nom|en nombre|от имени|باسم|بالنيابة|代表(?!团))/iu;

/** A line that starts with a joining word goes on an unfinished name: "and Northern Ireland", "of Korea". */
const JOINING_START = /^(?:and|of|the|for|et|de|du|des|d['’]|y|del|и)(?=\s)/u;

/**
 * Longer than any name a list keeps (120 characters): past it, lines are no longer joined, so a
 * text of many short lines cannot grow one line without end (and be read again at every join).
 */
const LONGEST_NAME = 200;

/** How a speaker's line under the delegation starts: a courtesy title. */
const COURTESY =
  /^(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|M\.|Mme|Sr\.?|Sra\.?|Excmo|Г-н|Г-жа|السيد|السيدة|سعادة|先生|女士)(?=\s|$)/u;

/** True when the line starts with a list marker. */
export function isMarked(line: string): boolean {
  return MARKER.test(line);
}

/** The line without its list marker. */
function unmarked(line: string): string {
  return line.replace(MARKER, '').trim();
}

/** True when most of the filled lines are items of a numbered or bulleted list. */
export function isMarkedList(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  const marked = filled.filter(isMarked).length;
  return marked > 0 && marked >= Math.ceil(filled.length * 0.3);
}

const parens = (text: string) =>
  (text.match(/[(（]/gu)?.length ?? 0) - (text.match(/[)）]/gu)?.length ?? 0);

/** Two lines as one: a hyphenated break ("Bolivar-" "ian") loses its hyphen. */
function joined(before: string, after: string): string {
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return `${before.slice(0, -1)}${after}`;
  if (/-$/u.test(before)) return `${before}${after}`;
  return `${before} ${after}`;
}

/**
 * True when `next` goes on `before` as one name broken over two lines. `knows` says whether a text
 * names a delegation: "Lao People's Democratic" does not, "Lao People's Democratic Republic" does.
 */
function continues(before: string, next: string, knows: (text: string) => boolean): boolean {
  if (before.length + next.length > LONGEST_NAME) return false;
  if (parens(before) > 0 || /-$/u.test(before)) return true;
  const whole = knows(before);
  // A name that ends in "of" may be whole: "Iran, Islamic Republic of", as the ISO list writes it.
  if (OPEN_END.test(before) && !whole) return true;
  if (CONTINUING_START.test(next)) return true;
  // A joining word goes on an unfinished name ("… of Great Britain" "and Northern Ireland"), not on
  // a finished one; mere lower case does not: a list typed in lower case ("kenya" "ghana") is two.
  if (whole) return false;
  return JOINING_START.test(next) || knows(joined(before, next));
}

/** Cells of an item's text: delegation, then whatever a tab or a spaced dash sets apart. */
function cellsOf(text: string): string[] {
  if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
  return text.split(/\s+[–—]\s+|\s+-\s+/u).map((c) => c.trim());
}

/**
 * The items of a list, one per line or per marker. In a numbered or bulleted list a line without
 * a marker belongs to the item above it: the rest of a broken name, else the speaker ("H.E. Ms. …,
 * Minister for Foreign Affairs") when the item names none yet; lines before the first item are
 * ignored. In a plain list each line is an item unless it plainly goes on the one before.
 */
export function readListLines(
  lines: readonly string[],
  knows: (text: string) => boolean,
): ListLines {
  const marked = isMarkedList(lines);
  const items: { line: number; text: string; detail?: string }[] = [];
  const ignored: ListLines['ignored'] = [];
  /** The item lines may still join: none after a blank line. */
  let open: (typeof items)[number] | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') {
      if (open && open.text !== '') open = undefined;
      return;
    }
    if (PAGE_FURNITURE.test(text)) {
      ignored.push({ line, text });
      return;
    }
    if (marked && isMarked(raw)) {
      open = { line, text: unmarked(raw) };
      items.push(open);
      return;
    }
    if (open && open.text === '') {
      // A marker alone on its line ("1." then the name): the name is its text.
      open.text = text;
      open.line = line;
      return;
    }
    if (open && open.detail === undefined && continues(open.text, text, knows)) {
      open.text = joined(open.text, text);
      return;
    }
    if (marked) {
      const detailed = open && open.detail === undefined && !open.text.includes('\t');
      if (open && detailed && (COURTESY.test(text) || text.includes(',') || knows(open.text))) {
        open.detail = text;
      } else if (open && detailed) {
        open.text = joined(open.text, text);
      } else {
        ignored.push({ line, text });
      }
      return;
    }
    open = { line, text };
    items.push(open);
  });
  return {
    items: items
      .filter((item) => item.text !== '')
      .map((item) => {
        const cells = cellsOf(item.text);
        if (item.detail === undefined) return { line: item.line, cells };
        const comma = item.detail.indexOf(',');
        const [speaker, title] =
          comma < 0
            ? [item.detail, '']
            : [item.detail.slice(0, comma).trim(), item.detail.slice(comma + 1).trim()];
        return { line: item.line, cells: [cells[0] ?? '', speaker, title] };
      }),
    ignored,
  };
}
