/**
 * @module json-only
 * Requests that change state take JSON only. A browser form can post text/plain or
 * form-encoded bodies to another site without a preflight; it cannot send
 * application/json, so a JSON-only login cannot be forged from another page (login CSRF).
 */
export function isJsonRequest(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || Boolean(type?.startsWith('application/') && type.endsWith('+json'));
}
