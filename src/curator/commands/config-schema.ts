// `config-schema`: writes kiosk-config/schema.json from the kiosk-config guard, so editors
// can check and complete kiosk configs; `--check` only says whether the file is current.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { kioskConfigSchema } from '../../feed/kiosk-config-schema.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { parseFlags } from '../parse-flags.ts';
import { writeFileAtomic } from '../write-file-atomic.ts';

const SCHEMA_FILE = 'kiosk-config/schema.json';

const HELP = `Usage: npm run feed -- config-schema [--check]

Writes ${SCHEMA_FILE} (JSON Schema) from the kiosk-config rules in
src/feed/kiosk-config-schema.ts, so editors check kiosk configs as you type.

Options:
  --check   write nothing; exit 1 if ${SCHEMA_FILE} is missing or out of date

Example:
  npm run feed -- config-schema`;

export const command: CliCommand = {
  name: 'config-schema',
  summary: `write ${SCHEMA_FILE} from the kiosk-config rules`,
  help: HELP,
  async run(args, io) {
    const { values } = parseFlags('config-schema', args, { check: { type: 'boolean' } }, []);
    // 'input': the shape a technician writes, so fields with defaults are optional.
    const text = `${JSON.stringify(z.toJSONSchema(kioskConfigSchema, { io: 'input' }), null, 2)}\n`;
    const file = path.join(io.cwd, SCHEMA_FILE);
    if (values.check) {
      const current = await readFile(file, 'utf8').catch(() => null);
      if (current === text) {
        io.out(`${SCHEMA_FILE} is up to date`);
        return 0;
      }
      io.err(`${SCHEMA_FILE} is ${current === null ? 'missing' : 'out of date'}; run: npm run feed -- config-schema`);
      return 1;
    }
    try {
      await writeFileAtomic(file, text);
    } catch (error) {
      throw new CliError('config-schema.unwritable', `${SCHEMA_FILE}: cannot write: ${describeFsError(error)}`);
    }
    io.out(`wrote ${SCHEMA_FILE}`);
    return 0;
  },
};
