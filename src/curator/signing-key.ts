// Key files: the curator's signing key (`eske-signing-key/1`, written by keygen, read by build)
// and the public keys `verify --pub` accepts. A bad key file is a one-line CliError that names
// the file and the key at fault, never a stack.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isPublicKeyText, publicKeyOf, type KeyPairText } from '../feed/ed25519.ts';
import { parseJsonText, parseWithSchema } from '../feed/parse-with-schema.ts';
import { CliError, describeFsError } from './cli-error.ts';

export const KEY_FILE_FORMAT = 'eske-signing-key/1';

const publicKeyText = z.string().refine(isPublicKeyText, 'expected base64 of a 32-byte Ed25519 public key');

const keyFileSchema = z.looseObject({
  format: z.literal(KEY_FILE_FORMAT),
  algorithm: z.literal('Ed25519'),
  /** Set on the public demo key in media/, so build can warn that anyone can sign with it. */
  demoOnly: z.boolean().optional(),
  privateKey: z.string().min(1),
  publicKey: publicKeyText,
});

export interface SigningKey extends KeyPairText {
  file: string;
  demoOnly: boolean;
  /** Group or others may read the file: a private key should be mode 0600. */
  readableByOthers: boolean;
}

export function keyFileText(pair: KeyPairText): string {
  return `${JSON.stringify({ format: KEY_FILE_FORMAT, algorithm: 'Ed25519', privateKey: pair.privateKey, publicKey: pair.publicKey }, null, 2)}\n`;
}

async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError('key.unreadable', `${file}: cannot read the ${what}: ${describeFsError(error)}`);
  }
  const json = parseJsonText(text);
  if (!json.ok) throw new CliError('key.not-json', `${file}: the ${what} is not JSON`);
  return json.value;
}

export async function readSigningKey(file: string): Promise<SigningKey> {
  const checked = parseWithSchema(keyFileSchema, await readJsonFile(file, 'key file'));
  if (!checked.ok)
    throw new CliError('key.invalid', `${file}: not an ${KEY_FILE_FORMAT} key file: ${checked.problems.join('; ')}`);
  const { privateKey, publicKey, demoOnly } = checked.value;
  let derived: string;
  try {
    derived = await publicKeyOf(privateKey);
  } catch {
    throw new CliError('key.bad-private-key', `${file}: privateKey is not a base64 PKCS #8 Ed25519 private key`);
  }
  // A mismatched pair would sign feeds that no kiosk configured with this publicKey accepts.
  if (derived !== publicKey) throw new CliError('key.mismatch', `${file}: publicKey does not belong to privateKey`);
  const mode = (await stat(file)).mode;
  return {
    file,
    privateKey,
    publicKey,
    demoOnly: demoOnly === true,
    readableByOthers: process.platform !== 'win32' && (mode & 0o077) !== 0,
  };
}

/**
 * The keys `verify --pub` trusts: base64 key text itself, a key file (its publicKey), or a
 * kiosk-config file (its trustedKeys), so a feed can be checked exactly as a kiosk would.
 */
export async function readPublicKeys(value: string, cwd: string): Promise<string[]> {
  if (isPublicKeyText(value)) return [value.trim()];
  const json = await readJsonFile(path.resolve(cwd, value), '--pub file');
  const keyFile = parseWithSchema(z.looseObject({ publicKey: publicKeyText }), json);
  if (keyFile.ok) return [keyFile.value.publicKey];
  const kioskConfig = parseWithSchema(z.looseObject({ trustedKeys: z.array(publicKeyText).min(1) }), json);
  if (kioskConfig.ok) return kioskConfig.value.trustedKeys;
  throw new CliError(
    'key.not-a-public-key',
    `${value}: is not a public key and has neither a publicKey nor trustedKeys of base64 Ed25519 public keys`,
  );
}
