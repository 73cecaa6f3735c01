// What the benchmark types on the kiosk's keyboard: surname and given name of register records,
// as visitors write them. A third as the register has them (Russian forms), a third in a Kazakh
// form and a third in Latin, each from the record's own spellings in the register, so every
// query names a real record; only names whose every letter is on one layout are taken.

import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { LAYOUTS, type LayoutId } from '../../../src/kiosk/keyboard/layouts.ts';

/**
 * Names come from the first rows only: a synthetic register starts with the demo register's
 * rows (same seed), so the demo row and the large one type the same names.
 */
const PICK_FROM_ROWS = 5000;
const PICK_SEED = 1;
const KAZAKH_LETTER = /[әғқңөұүһі]/;
const KINDS = ['register', 'kazakh', 'latin'] as const;
export type NameForm = (typeof KINDS)[number];

export interface TypedName {
  recordId: string;
  form: NameForm;
  text: string;
  layout: LayoutId;
  /** docs/design.md §9 `data-key` values, one per tap. */
  keys: string[];
}

interface RegisterRow {
  id: string;
  surname: string;
  given_name: string;
  name_variants: string;
}

const LAYOUT_KEYS = new Map(
  (['kk', 'lat'] as const).map((layout) => [layout, new Set([...LAYOUTS[layout].rows.flat(), ' '])] as const),
);

/** The layout that has every letter of `text`, if one does. */
function layoutFor(text: string): LayoutId | null {
  for (const [layout, keys] of LAYOUT_KEYS) if (Array.from(text).every((char) => keys.has(char))) return layout;
  return null;
}

function typed(recordId: string, form: NameForm, written: string): TypedName | null {
  const text = written.trim().toLowerCase().replace(/\s+/g, ' ');
  const layout = layoutFor(text);
  if (!layout) return null;
  return { recordId, form, text, layout, keys: Array.from(text, (char) => (char === ' ' ? 'space' : char)) };
}

function formOf(row: RegisterRow, form: NameForm): TypedName | null {
  if (form === 'register') return typed(row.id, form, `${row.surname} ${row.given_name}`);
  const variants = row.name_variants.split(';').filter((variant) => variant.trim().includes(' '));
  const wanted = variants.find((variant) =>
    form === 'kazakh' ? KAZAKH_LETTER.test(variant.toLowerCase()) : /^[a-z' -]+$/i.test(variant),
  );
  return wanted === undefined ? null : typed(row.id, form, wanted);
}

/** mulberry32: a small seeded generator, so every run types the same names. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` names from the register CSV, cycling through the three forms. */
export function typedNames(registerFile: string, count: number): TypedName[] {
  const rows = parse(readFileSync(registerFile), { columns: true, to: PICK_FROM_ROWS }) as RegisterRow[];
  const random = seededRandom(PICK_SEED);
  const shuffled = rows.map((row) => ({ row, order: random() })).sort((a, b) => a.order - b.order);
  const used = new Set<string>();
  const names: TypedName[] = [];
  for (let i = 0; names.length < count && i < count * KINDS.length; i++) {
    const form = KINDS[i % KINDS.length]!;
    for (const { row } of shuffled) {
      if (used.has(row.id)) continue;
      const name = formOf(row, form);
      if (!name) continue;
      used.add(row.id);
      names.push(name);
      break;
    }
  }
  return names;
}
