// SHA-256 through WebCrypto, the same code in Node 20 and Chromium, for object addresses and
// integrity checks on both sides of the feed. A digest fed piece by piece is sha256-stream.ts.

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hexOf(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** A digest as the lowercase hex the manifest names objects by. */
export function hexOf(digest: Uint8Array): string {
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
