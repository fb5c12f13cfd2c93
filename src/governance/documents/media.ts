// What a document version's bytes are, read from the bytes themselves (their signature, "magic
// bytes"), never taken from the uploader: a file said to be a PDF must start as a PDF does, and text
// must be UTF-8 without NUL characters. Pure: no I/O. Its problems are messages of the documents'
// catalogue (messages.ts), in the reader's language.
import type { Msg } from '../../core/i18n.js';
import { m } from './messages.js';

export interface MediaKind {
  /** the media type stored and served */
  mediaType: string;
  /** what content of this kind is, by the name people know it by ("a PNG image"), for messages */
  seen: Msg;
  /** does the content have this kind's signature? */
  matches(content: Uint8Array): boolean;
  /** what the content lacks, for the message when it does not match */
  expected: Msg;
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

const TEXT = { encoding: 'UTF-8', nul: 'NUL' };
const text = (mediaType: string): MediaKind => ({ mediaType: `${mediaType}; charset=utf-8`, seen: m('seen.text'), matches: isCleanText, expected: m('expected.text', TEXT) });
const signature = (format: string, bytes: string) => m('expected.signature', { format, bytes });
const holding = (part: string) => m('expected.package', { zip: 'ZIP', part });

/** The media types a document version may have, by the base type an uploader names. */
export const MEDIA_KINDS: Record<string, MediaKind> = {
  'application/pdf': { mediaType: 'application/pdf', seen: m('seen.document', { format: 'PDF' }), matches: (c) => startsWith(c, ...ascii('%PDF-')), expected: m('expected.start', { signature: '%PDF-' }) },
  'image/png': { mediaType: 'image/png', seen: m('seen.image', { format: 'PNG' }), matches: (c) => startsWith(c, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), expected: signature('PNG', '89 50 4E 47 0D 0A 1A 0A') },
  'image/jpeg': { mediaType: 'image/jpeg', seen: m('seen.image', { format: 'JPEG' }), matches: (c) => startsWith(c, 0xff, 0xd8, 0xff), expected: signature('JPEG', 'FF D8 FF') },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', seen: m('seen.word', { app: 'Word', format: 'DOCX' }),
    matches: (c) => zipHolding(c, 'word/document.xml'), expected: holding('word/document.xml'),
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', seen: m('seen.workbook', { app: 'Excel', format: 'XLSX' }),
    matches: (c) => zipHolding(c, 'xl/workbook.xml'), expected: holding('xl/workbook.xml'),
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', seen: m('seen.presentation', { app: 'PowerPoint', format: 'PPTX' }),
    matches: (c) => zipHolding(c, 'ppt/presentation.xml'), expected: holding('ppt/presentation.xml'),
  },
  'application/zip': { mediaType: 'application/zip', seen: m('seen.archive', { format: 'ZIP' }), matches: isZip, expected: signature('ZIP', 'PK\\x03\\x04') },
  'text/plain': text('text/plain'),
  'text/csv': text('text/csv'),
  'text/markdown': text('text/markdown'),
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

const ACCEPTED = m('media.accepted', { formats: 'PDF, PNG, JPEG, DOCX, XLSX, PPTX, ZIP', types: 'text/plain, text/csv, text/markdown', ...TEXT });

/**
 * The media type to store for a version: the declared one when the content has its signature, else a
 * problem saying what was declared, what the content lacks and what it looks like. A version with no
 * declared type (or the catch-all application/octet-stream) gets the type its content shows.
 */
export function checkMediaType(declared: string | undefined, content: Uint8Array): { mediaType: string } | { field: 'mediaType' | 'content'; problem: Msg } {
  const base = declared?.split(';')[0]!.trim().toLowerCase() ?? '';
  const seen = detect(content);
  if (base === '' || base === 'application/octet-stream') {
    return seen ? { mediaType: seen.mediaType } : { field: 'content', problem: m('media.noneAccepted', { accepted: ACCEPTED }) };
  }
  const kind = MEDIA_KINDS[base];
  if (!kind) return { field: 'mediaType', problem: m('media.notAccepted', { type: base, accepted: ACCEPTED }) };
  if (kind.matches(content)) return { mediaType: kind.mediaType };
  if (!seen) return { field: 'mediaType', problem: m('media.mismatch', { declared: base, expected: kind.expected }) };
  return { field: 'mediaType', problem: m('media.mismatchSeen', { declared: base, expected: kind.expected, seen: seen.seen, type: seen.mediaType.split(';')[0]! }) };
}
