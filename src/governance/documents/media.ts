// What a document version's bytes are, read from the bytes themselves (their signature, "magic
// bytes"), never taken from the uploader: a file said to be a PDF must start as a PDF does, and text
// must be UTF-8 without NUL characters. Pure: no I/O.

export interface MediaKind {
  /** the media type stored and served */
  mediaType: string;
  /** the name people know it by, for messages */
  label: string;
  /** does the content have this kind's signature? */
  matches(content: Uint8Array): boolean;
  /** what the content lacks, for the message when it does not match */
  expected: string;
}

const startsWith = (content: Uint8Array, ...bytes: number[]) => content.length >= bytes.length && bytes.every((b, i) => content[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const isZip = (content: Uint8Array) => startsWith(content, 0x50, 0x4b, 0x03, 0x04);
/** an Office Open XML package: a ZIP holding the part that makes it a document, a workbook or a presentation (the names are stored uncompressed) */
const zipHolding = (content: Uint8Array, part: string) => isZip(content) && Buffer.from(content.buffer, content.byteOffset, content.byteLength).includes(part, 0, 'latin1');

/** UTF-8 (strictly) with no NUL character: what a text version must be */
export function isCleanText(content: Uint8Array): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

const text = (mediaType: string, label: string): MediaKind => ({ mediaType: `${mediaType}; charset=utf-8`, label, matches: isCleanText, expected: 'is not UTF-8 text without NUL characters' });

/** The media types a document version may have, by the base type an uploader names. */
export const MEDIA_KINDS: Record<string, MediaKind> = {
  'application/pdf': { mediaType: 'application/pdf', label: 'PDF', matches: (c) => startsWith(c, ...ascii('%PDF-')), expected: 'does not start with %PDF-' },
  'image/png': { mediaType: 'image/png', label: 'PNG image', matches: (c) => startsWith(c, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), expected: 'does not start with the PNG signature (89 50 4E 47 0D 0A 1A 0A)' },
  'image/jpeg': { mediaType: 'image/jpeg', label: 'JPEG image', matches: (c) => startsWith(c, 0xff, 0xd8, 0xff), expected: 'does not start with the JPEG signature (FF D8 FF)' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document (DOCX)',
    matches: (c) => zipHolding(c, 'word/document.xml'), expected: 'is not a ZIP package holding word/document.xml',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel workbook (XLSX)',
    matches: (c) => zipHolding(c, 'xl/workbook.xml'), expected: 'is not a ZIP package holding xl/workbook.xml',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint presentation (PPTX)',
    matches: (c) => zipHolding(c, 'ppt/presentation.xml'), expected: 'is not a ZIP package holding ppt/presentation.xml',
  },
  'application/zip': { mediaType: 'application/zip', label: 'ZIP archive', matches: isZip, expected: 'does not start with the ZIP signature (PK\\x03\\x04)' },
  'text/plain': text('text/plain', 'plain text'),
  'text/csv': text('text/csv', 'CSV text'),
  'text/markdown': text('text/markdown', 'Markdown text'),
};

/** Tried in this order when the uploader names no type: the most specific first. */
const DETECTION_ORDER = [
  'application/pdf', 'image/png', 'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/zip', 'text/plain',
];

/** The kind of content the bytes show, or undefined when they are none of the accepted kinds. */
export function detect(content: Uint8Array): MediaKind | undefined {
  return DETECTION_ORDER.map((t) => MEDIA_KINDS[t]!).find((k) => k.matches(content));
}

const ACCEPTED = 'PDF, PNG, JPEG, DOCX, XLSX, PPTX, ZIP, or UTF-8 text (text/plain, text/csv, text/markdown) without NUL characters';

/**
 * The media type to store for a version: the declared one when the content has its signature, else a
 * problem saying what was declared, what the content lacks and what it looks like. A version with no
 * declared type (or the catch-all application/octet-stream) gets the type its content shows.
 */
export function checkMediaType(declared: string | undefined, content: Uint8Array): { mediaType: string } | { field: 'mediaType' | 'content'; problem: string } {
  const base = declared?.split(';')[0]!.trim().toLowerCase() ?? '';
  const seen = detect(content);
  if (base === '' || base === 'application/octet-stream') {
    return seen ? { mediaType: seen.mediaType } : { field: 'content', problem: `is none of the accepted kinds of file (${ACCEPTED})` };
  }
  const kind = MEDIA_KINDS[base];
  if (!kind) return { field: 'mediaType', problem: `${base} is not accepted; a version is ${ACCEPTED}` };
  if (kind.matches(content)) return { mediaType: kind.mediaType };
  return { field: 'mediaType', problem: `says ${base} but the content ${kind.expected}${seen ? ` (it looks like ${seen.label === 'plain text' ? 'text' : `a ${seen.label}`}, ${seen.mediaType.split(';')[0]})` : ''}` };
}
