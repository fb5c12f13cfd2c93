// Conditional GET (RFC 9110 §13.1.2): whether a request's If-None-Match names the current representation,
// so that the answer is 304 Not Modified without a body. If-None-Match compares weakly: W/"x" matches "x".

/** True when `header` (If-None-Match) is `*` or lists `etag`. */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  const wanted = bare(etag);
  return value.split(',').some((t) => bare(t) === wanted);
}
