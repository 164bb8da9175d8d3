/**
 * Escaping for text and attribute values in hand-written SVG/XML. Characters that XML 1.0 forbids (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) are dropped so the output is always well-formed.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes characters that cannot appear in an XML 1.0 document.
 * @example
 * stripInvalidXmlChars('a\u0000b') // 'ab'
 */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(FORBIDDEN, '');
}

/**
 * Escapes character data (element content): `&`, `<`, `>`.
 * @example
 * escapeXmlText('A & B <c>') // 'A &amp; B &lt;c&gt;'
 */
export function escapeXmlText(s: string): string {
  return stripInvalidXmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes an attribute value for use between double or single quotes; tabs and line breaks become character
 * references so that attribute-value normalisation keeps them.
 * @example
 * escapeXmlAttr('say "hi" & <go>') // 'say &quot;hi&quot; &amp; &lt;go&gt;'
 */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * Renders an attribute list, skipping `undefined` values; numbers are written with `String`.
 * @example
 * attrs({ x: 1, fill: 'red', 'data-label': 'a"b', hidden: undefined }) // ' x="1" fill="red" data-label="a&quot;b"'
 */
export function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXmlAttr(String(value))}"`;
  }
  return out;
}
