/**
 * Just enough CSS reading for the contrast test: the rules of a flat stylesheet (media blocks
 * flattened), a declaration by exact selector, and `var(--x)` resolved from `:root`. The test reads
 * the colours the board really uses, so a changed colour is checked without anyone updating a list.
 */

export interface Rule {
  selector: string;
  decls: Map<string, string>;
}

/** The rules of a stylesheet, in order (comments dropped; rules inside @media kept, with their selectors). */
export function parseCss(text: string): Rule[] {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  for (const m of src.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim().replace(/\s+/g, ' ');
    const decls = new Map<string, string>();
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':');
      if (i > 0) decls.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
    }
    rules.push({ selector, decls });
  }
  return rules;
}

/** The last value of `prop` in a rule whose selector list contains `selector` exactly. */
export function declared(rules: readonly Rule[], selector: string, prop: string): string | undefined {
  let value: string | undefined;
  for (const r of rules) {
    if (!r.selector.split(',').some((s) => s.trim() === selector)) continue;
    const v = r.decls.get(prop);
    if (v !== undefined) value = v;
  }
  return value;
}

/** A colour value with `var(--x)` resolved from `:root` and `!important` dropped. */
export function resolveColour(rules: readonly Rule[], value: string): string {
  const v = value.replace(/!important/, '').trim();
  const m = v.match(/^var\((--[\w-]+)\)$/);
  if (!m) return v;
  const root = declared(rules, ':root', m[1]!);
  if (!root) throw new Error(`${m[1]} is not defined in :root`);
  return resolveColour(rules, root);
}

/** `prop` of `selector`, resolved to a colour; throws when the stylesheet does not set it. */
export function colourOf(rules: readonly Rule[], selector: string, prop: string): string {
  const v = declared(rules, selector, prop);
  if (v === undefined) throw new Error(`${selector} sets no ${prop}`);
  return resolveColour(rules, v);
}
