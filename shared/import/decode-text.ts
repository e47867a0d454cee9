// The text of a list's file, from its bytes. Excel saves "CSV (semicolon)" in Windows-1252 on a
// European machine (its "CSV UTF-8" adds a byte-order mark), and "Unicode text" in UTF-16: read
// as UTF-8, the first turns "Côte d'Ivoire" into "C�te d�Ivoire", every row marked OK, and the
// second into NUL characters. So: a byte-order mark says UTF-8 or UTF-16; else the charset the
// sender names, if any; else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (every byte
// is a character in it, and it is what such files are in).

/**
 * Windows-1252's characters for bytes 80 to 9F (the rest are Latin-1's, the byte's own code point):
 * written here because Node 20's TextDecoder reads 'windows-1252' as Latin-1, and turns the
 * apostrophe of "Côte d’Ivoire" (92) into a control character.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The labels under which browsers read Windows-1252 (the WHATWG Encoding standard's, in part). */
const CP1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'iso-8859-1',
  'us-ascii',
  'ascii',
]);

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/** The text of `bytes`, in the encoding a byte-order mark, the named charset or the bytes say. */
export function decodeListBytes(bytes: Uint8Array, charset?: string): string {
  const decode = (encoding: string, fatal = false) =>
    new TextDecoder(encoding, { fatal }).decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be');
  if (charset && CP1252_LABELS.has(charset.toLowerCase())) return decodeWindows1252(bytes);
  if (charset) {
    try {
      return decode(charset);
    } catch {
      // An encoding TextDecoder does not know: read the bytes as below.
    }
  }
  try {
    return decode('utf-8', true);
  } catch {
    return decodeWindows1252(bytes);
  }
}
