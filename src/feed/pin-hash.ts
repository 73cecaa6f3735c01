// The technician PIN as a salted PBKDF2-SHA-256 hash (docs/design.md §6.1), so a kiosk-config that
// the kiosk serves to anyone does not give the PIN away. Shared contract: the curator's
// `pin-hash` command writes one, the kiosk checks a typed PIN against it; WebCrypto in both.

/** Enough to make each guess cost milliseconds on a laptop; the kiosk checks one PIN at a time. */
export const PIN_HASH_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>` */
export const PIN_HASH_PATTERN = /^pbkdf2-sha256\$(\d{4,7})\$([A-Za-z0-9+/]{22}==)\$([A-Za-z0-9+/]{43}=)$/;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS));
}

export async function hashPin(pin: string, iterations: number = PIN_HASH_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(await derive(pin, salt, iterations))}`;
}

/** False for a wrong PIN and for text that is not a PIN hash (the config check refuses those first). */
export async function verifyPin(pin: string, pinHash: string): Promise<boolean> {
  const match = PIN_HASH_PATTERN.exec(pinHash);
  if (!match) return false;
  const [, iterations = '', salt = '', expected = ''] = match;
  const actual = await derive(pin, fromBase64(salt), Number(iterations));
  const wanted = fromBase64(expected);
  // Compares every byte, so the time taken says nothing about how much of the hash matched.
  let difference = actual.length ^ wanted.length;
  for (let i = 0; i < wanted.length; i++) difference |= (actual[i] ?? 0) ^ (wanted[i] ?? 0);
  return difference === 0;
}
