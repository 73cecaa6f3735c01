// Base64 for keys and signatures, written against atob/btoa so it runs unchanged in Node 20
// and in the browser (Buffer is Node-only).

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Returns null for text that is not base64, so callers can say which input was wrong. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
