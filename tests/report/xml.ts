/**
 * A minimal XML well-formedness checker and tree builder for the tests (Node has no DOMParser). It scans character
 * by character: start/end tags must balance, attributes must be quoted and unique, `&` must start a known or
 * numeric entity, `<` never appears raw in text or attribute values, and there is exactly one root element.
 * Comments, processing instructions and CDATA are accepted; DOCTYPE is not (SVG charts do not need one).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded character data directly inside this element (children's text excluded). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':' || c > '\u007f';
}
function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Parses a well-formed XML document; throws an Error naming the position of the first problem. */
export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML error at ${i}: ${msg} near ${JSON.stringify(src.slice(Math.max(0, i - 30), i + 30))}`);
  };
  const decode = (s: string): string => {
    let out = '';
    for (let k = 0; k < s.length; k++) {
      const c = s[k]!;
      if (c === '<') fail('raw < in text or attribute');
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = s.indexOf(';', k);
      if (end < 0) fail('unterminated entity');
      const ref = s.slice(k + 1, end);
      if (ref.startsWith('#x')) {
        const hex = ref.slice(2);
        if (hex === '' || [...hex].some((h) => !'0123456789abcdefABCDEF'.includes(h))) fail(`bad reference &${ref};`);
        out += String.fromCodePoint(parseInt(hex, 16));
      } else if (ref.startsWith('#')) {
        const dec = ref.slice(1);
        if (dec === '' || [...dec].some((h) => h < '0' || h > '9')) fail(`bad reference &${ref};`);
        out += String.fromCodePoint(parseInt(dec, 10));
      } else {
        const v = ENTITIES[ref];
        if (v === undefined) fail(`unknown entity &${ref};`);
        out += v;
      }
      k = end;
    }
    return out;
  };
  const readName = (): string => {
    const start = i;
    if (!isNameStart(src[i] ?? '')) fail('expected a name');
    while (i < src.length && isNameChar(src[i]!)) i++;
    return src.slice(start, i);
  };
  const skipSpace = () => {
    while (isSpace(src[i])) i++;
  };
  const skipMisc = (): boolean => {
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
      return true;
    }
    if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
      return true;
    }
    return false;
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  // Prolog.
  for (;;) {
    skipSpace();
    if (!skipMisc()) break;
  }
  if (src[i] !== '<') fail('expected the root element');
  while (i < src.length) {
    const top = stack[stack.length - 1];
    if (src[i] !== '<') {
      if (!top) {
        if (isSpace(src[i])) {
          i++;
          continue;
        }
        fail('text outside the root element');
      }
      const end = src.indexOf('<', i);
      const raw = src.slice(i, end < 0 ? src.length : end);
      if (raw.includes(']]>')) fail(']]> in text');
      top!.text += decode(raw);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (skipMisc()) continue;
    if (src.startsWith('<![CDATA[', i)) {
      if (!top) fail('CDATA outside the root element');
      const end = src.indexOf(']]>', i);
      if (end < 0) fail('unterminated CDATA');
      top!.text += src.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (src.startsWith('<!', i)) fail('DOCTYPE or declaration not supported');
    if (src[i + 1] === '/') {
      i += 2;
      const name = readName();
      skipSpace();
      if (src[i] !== '>') fail('expected > after end tag name');
      i++;
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`);
      if (open!.name !== name) fail(`end tag </${name}> does not match <${open!.name}>`);
      continue;
    }
    i++;
    if (!top && root) fail('a second root element');
    const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = isSpace(src[i]);
      skipSpace();
      if (src.startsWith('/>', i)) {
        i += 2;
        top ? top.children.push(el) : (root = el);
        break;
      }
      if (src[i] === '>') {
        i++;
        top ? top.children.push(el) : (root = el);
        stack.push(el);
        break;
      }
      if (!hadSpace) fail('expected whitespace before an attribute');
      const name = readName();
      skipSpace();
      if (src[i] !== '=') fail(`attribute ${name} without =`);
      i++;
      skipSpace();
      const q = src[i];
      if (q !== '"' && q !== "'") fail(`attribute ${name} not quoted`);
      const end = src.indexOf(q!, i + 1);
      if (end < 0) fail('unterminated attribute value');
      if (Object.hasOwn(el.attrs, name)) fail(`duplicate attribute ${name}`);
      el.attrs[name] = decode(src.slice(i + 1, end));
      i = end + 1;
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) fail('no root element');
  return root!;
}

/** Every element in document order (the root first). */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The elements matching a tag name and, optionally, attribute values or a predicate. */
export function findAll(root: XmlElement, name: string, where: Record<string, string> | ((e: XmlElement) => boolean) = {}): XmlElement[] {
  return allElements(root).filter(
    (e) => e.name === name && (typeof where === 'function' ? where(e) : Object.entries(where).every(([k, v]) => e.attrs[k] === v)),
  );
}

/** The text of an element and all its descendants. */
export function textContent(e: XmlElement): string {
  return e.text + e.children.map(textContent).join('');
}

/** The text of an element's direct `<title>` child, if any. */
export function titleOf(e: XmlElement): string | undefined {
  const t = e.children.find((c) => c.name === 'title');
  return t ? textContent(t) : undefined;
}

/** Asserts the standalone-SVG basics: an `svg` root in the SVG namespace with width, height and viewBox. */
export function parseSvg(src: string): XmlElement {
  const root = parseXml(src);
  if (root.name !== 'svg') throw new Error(`root is <${root.name}>, not <svg>`);
  if (root.attrs.xmlns !== 'http://www.w3.org/2000/svg') throw new Error('missing SVG namespace');
  for (const a of ['width', 'height', 'viewBox']) if (root.attrs[a] === undefined) throw new Error(`missing ${a}`);
  if (!(Number(root.attrs.width) > 0 && Number(root.attrs.height) > 0)) throw new Error('width/height not positive numbers');
  const vb = (root.attrs.viewBox ?? '').split(' ').map(Number);
  if (vb.length !== 4 || vb.some((v) => !Number.isFinite(v))) throw new Error('bad viewBox');
  return root;
}
