// The cookies of a web session: the session itself (HttpOnly) and the hint the web app reads.
export const SESSION_COOKIE = 'kpcs_session';
/**
 * A hint for the web app, readable by its script (not HttpOnly, holds no secret): "a session may
 * exist", so it asks GET /api/session only then and an anonymous page logs no 401 in the console.
 * The session itself is only ever the HttpOnly cookie above.
 */
export const SIGNED_IN_COOKIE = 'kpcs_signed_in';
