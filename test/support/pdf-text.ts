// The text of a PDF written by pdfkit with embedded fonts, as a reader's "copy all" would give it:
// each font's ToUnicode map applied to the glyphs its text operators show (Tj, TJ), a word space
// where a TJ array moves left by more than a fifth of an em, a line break after each operator.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endobj', start);
    const body = raw.slice(start, end);
    const s = body.indexOf('stream');
    if (s < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dataStart = start + s + 'stream'.length + (raw[start + s + 6] === '\r' ? 2 : 1);
    const dataEnd = raw.indexOf('endstream', dataStart);
    let stream: Buffer = pdf.subarray(dataStart, dataEnd);
    if (/\/FlateDecode/.test(body.slice(0, s))) stream = inflateSync(stream);
    out.set(Number(m[1]), { dict: body.slice(0, s), stream });
  }
  return out;
}

const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

/** glyph (4 hex digits) → text, from a ToUnicode CMap */
function cmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(m[1]!, 16);
      const to = parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) [...m[3]!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((u, i) => map.set(from + i, utf16(u[1]!)));
      else for (let g = from, u = parseInt(m[3]!.slice(1, -1), 16); g <= to; g++, u++) map.set(g, String.fromCharCode(u));
    }
  }
  return map;
}

export async function pdfText(pdf: Buffer): Promise<string> {
  const objs = objects(pdf);
  const maps = new Map<string, Map<number, string>>();
  for (const o of objs.values()) {
    for (const res of o.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const f of res[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objs.get(Number(f[2]));
        const ref = font?.dict.match(/\/ToUnicode (\d+) 0 R/);
        const stream = ref ? objs.get(Number(ref[1]))?.stream : undefined;
        if (stream) maps.set(f[1]!, cmap(stream.toString('latin1')));
      }
    }
  }
  const decode = (hex: string, map: Map<number, string> | undefined) => {
    let s = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) s += map?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
    return s;
  };
  let text = '';
  for (const o of objs.values()) {
    if (!o.stream || !/\/Length/.test(o.dict) || /\/Length1|\/Subtype|CIDInit/.test(o.dict)) continue;
    const content = o.stream.toString('latin1');
    if (!content.includes('BT')) continue;
    let font: Map<number, string> | undefined;
    for (const op of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1]) font = maps.get(op[1]);
      else if (op[2] !== undefined) {
        for (const part of op[2].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) text += part[1] !== undefined ? decode(part[1], font) : Number(part[2]) < -200 ? ' ' : '';
        text += '\n';
      } else if (op[3] !== undefined) text += `${decode(op[3], font)}\n`;
    }
  }
  return text;
}
