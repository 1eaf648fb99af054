import { isRecord } from './is-record';

// Share links carry JSON as base64url (RFC 4648 §5, unpadded): safe in a query string as it is.
// The text goes through UTF-8, so a reader's own words may hold any character.

/** base64url (unpadded) of a text's UTF-8 bytes. */
export function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of {@link toBase64Url}; throws on anything that is not base64url of valid UTF-8. */
export function fromBase64Url(encoded: string): string {
	if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url');
	const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * Reads base64url JSON that must be an object carrying `v: version` (or one of several versions a
 * decoder can migrate), as every share link and saved
 * state does. Returns the object, `'unreadable'` for anything that is not such JSON, or
 * `'unknown-version'` for another version; it never throws.
 */
export function decodeVersionedJson(
	encoded: string,
	version: number | readonly number[],
): Record<string, unknown> | 'unreadable' | 'unknown-version' {
	let wire: unknown;
	try {
		wire = JSON.parse(fromBase64Url(encoded));
	} catch {
		return 'unreadable';
	}
	if (!isRecord(wire)) return 'unreadable';
	const readable = typeof version === 'number' ? [version] : version;
	return readable.includes(wire.v as number) ? wire : 'unknown-version';
}
