// Key files: the curator's signing key (`eske-signing-key/1`, written by keygen, read by build and
// sign) and the trust `verify --pub` checks a feed against. A bad key file is a one-line CliError that names
// the file and the key at fault, never a stack.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isPublicKeyText, publicKeyOf, type KeyPairText } from '../feed/ed25519.ts';
import { parseJsonText, parseWithSchema } from '../feed/parse-with-schema.ts';
import {
  publicKeyTextSchema,
  signatureThresholdSchema,
  trustedKeysOf,
  trustedKeysSchema,
  type FeedTrust,
} from '../feed/trust-config.ts';
import { CliError, describeFsError } from './cli-error.ts';
import type { CliIo } from './command.ts';

export const KEY_FILE_FORMAT = 'eske-signing-key/1';

const keyFileSchema = z.looseObject({
  format: z.literal(KEY_FILE_FORMAT),
  algorithm: z.literal('Ed25519'),
  /** Set on the public demo key in media/, so build can warn that anyone can sign with it. */
  demoOnly: z.boolean().optional(),
  privateKey: z.string().min(1),
  publicKey: publicKeyTextSchema,
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

/** The key files of `--key` (build, sign), with a warning for each that anyone could use. */
export async function readSigningKeys(files: readonly string[], io: CliIo): Promise<SigningKey[]> {
  const keys: SigningKey[] = [];
  for (const file of files) {
    const key = await readSigningKey(path.resolve(io.cwd, file));
    if (key.demoOnly)
      io.err(
        `warning: signing with the public DEMO key (${file}): anyone can sign feeds with it; make your own with "npm run feed -- keygen"`,
      );
    else if (key.readableByOthers)
      io.err(`warning: ${file} can be read by other users of this computer; restrict it with "chmod 600"`);
    keys.push(key);
  }
  return keys;
}

/**
 * The trust `verify --pub` checks against: base64 key text itself or a key file (its publicKey),
 * one signature needed; or a kiosk-config file (its trustedKeys and signatureThreshold), so a feed
 * can be checked exactly as that kiosk would.
 */
export async function readTrust(value: string, cwd: string): Promise<FeedTrust> {
  if (isPublicKeyText(value)) return { keys: [{ publicKey: value.trim() }], threshold: 1 };
  const json = await readJsonFile(path.resolve(cwd, value), '--pub file');
  const keyFile = parseWithSchema(z.looseObject({ publicKey: publicKeyTextSchema }), json);
  if (keyFile.ok) return { keys: [{ publicKey: keyFile.value.publicKey }], threshold: 1 };
  const kioskConfig = parseWithSchema(
    z.looseObject({ trustedKeys: trustedKeysSchema, signatureThreshold: signatureThresholdSchema }),
    json,
  );
  if (kioskConfig.ok) {
    return { keys: trustedKeysOf(kioskConfig.value.trustedKeys), threshold: kioskConfig.value.signatureThreshold };
  }
  throw new CliError(
    'key.not-a-public-key',
    `${value}: is not a public key and has neither a publicKey nor trustedKeys of base64 Ed25519 public keys`,
  );
}
