/**
 * What the class API accepts, checked with zod before anything is done: every body and path
 * parameter. A refusal names the field and what is wrong with it ("matches[0].seats.russia: …").
 */
import { z } from 'zod';
import { POWERS, SCENARIO_IDS, type Power } from '../../../game/index.ts';
import { PLAY_LEVELS } from '../../../game/ai/index.ts';

/** The computer levels a teacher may give a seat (the start screen's levels). */
export const CLASS_LEVELS = PLAY_LEVELS.map((l) => l.id);

/** A seat as the teacher writes it: 'group', 'group:<label>' or 'computer:<level>'. */
export type SeatSpec = { mode: 'group'; assigned: string | null } | { mode: 'computer'; bot: string };

const seatSpec = z.string().transform((text, ctx): SeatSpec => {
  if (text === 'group') return { mode: 'group', assigned: null };
  if (text.startsWith('group:')) {
    const assigned = text.slice(6).trim();
    if (assigned.length >= 1 && assigned.length <= 40) return { mode: 'group', assigned };
    ctx.addIssue({ code: 'custom', message: 'a group label must be 1 to 40 characters ("group:Table 3")' });
    return z.NEVER;
  }
  if (text.startsWith('computer:')) {
    const bot = text.slice(9);
    if (CLASS_LEVELS.includes(bot)) return { mode: 'computer', bot };
    ctx.addIssue({ code: 'custom', message: `unknown computer level "${bot}" (one of ${CLASS_LEVELS.join(', ')})` });
    return z.NEVER;
  }
  ctx.addIssue({
    code: 'custom',
    message: `"${text.slice(0, 40)}" is not a seat: write "group", "group:<label>" or "computer:<level>"`,
  });
  return z.NEVER;
});

/** Power names as keys, in any case ("Russia" or "russia"). */
const seatsSpec = z
  .record(z.string(), seatSpec)
  .superRefine((seats, ctx) => {
    for (const key of Object.keys(seats)) {
      if (!(POWERS as readonly string[]).includes(key.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown power (one of ${POWERS.join(', ')})` });
    }
  })
  .transform((seats) => {
    const out = {} as Record<Power, SeatSpec>;
    for (const p of POWERS) out[p] = { mode: 'group', assigned: null };
    for (const [key, spec] of Object.entries(seats)) out[key.toLowerCase() as Power] = spec;
    return out;
  });

export const CreateClassBody = z.strictObject({
  name: z.string().trim().min(1, 'give the class session a name').max(80),
  matches: z
    .array(
      z.strictObject({
        scenario: z.enum(SCENARIO_IDS as [string, ...string[]], {
          message: `unknown scenario (one of ${SCENARIO_IDS.join(', ')})`,
        }),
        seats: seatsSpec.prefault({}),
      }),
    )
    .min(1, 'a class session needs at least one match')
    .max(12, 'at most 12 matches in one class session'),
});
export type CreateClass = z.output<typeof CreateClassBody>;

export const PauseBody = z.strictObject({ paused: z.boolean() });

export const SeatBody = z.strictObject({
  to: z
    .union([z.literal('group'), z.string().regex(/^computer:/, 'write "group" or "computer:<level>"')])
    .refine((to) => to === 'group' || CLASS_LEVELS.includes(to.slice(9)), {
      message: `unknown computer level (one of ${CLASS_LEVELS.join(', ')})`,
    }),
});

export const JoinBody = z.strictObject({
  power: z.enum(POWERS, { message: `unknown power (one of ${POWERS.join(', ')})` }),
  name: z
    .string()
    .trim()
    .min(1, 'give your group a name')
    .max(40, 'a group name is at most 40 characters')
    .refine(
      (n) => ![...n].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127),
      'a group name may not hold control characters',
    ),
});

export const PowerParam = z.enum(POWERS, { message: `unknown power (one of ${POWERS.join(', ')})` });

/** One sentence naming every problem: "matches[0].scenario: unknown scenario (…); name: …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join('');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
