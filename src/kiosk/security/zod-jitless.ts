// The kiosk entry's first import (main.ts): zod compiles a fast parser with `new Function` where
// it may, deciding once per schema as the schema is created, after probing with an eval. Under
// the kiosk's policy (no eval, docs/design.md §10) the probe fails and is reported as a
// violation, so the page tells zod before any schema exists not to try.

import { z } from 'zod';

z.config({ jitless: true });
