/**
 * Log lines the browser suites expect, built from the English catalogue (so a retuned price or a
 * reworded line does not need the suites rewritten).
 */
import { en } from '../../ui/i18n/en.ts';

const NAME: Record<string, string> = en.power;

/** The log's line for a host setting its door to `guest` to `value` ('closed' or a price). */
export function doorLine(host: string, guest: string, value: string): string {
  const template = value === 'closed' ? en.log.doorClosed : value === '0' ? en.log.doorFree : en.log.doorOpen;
  return template.replace('{{power}}', NAME[host]!).replace('{{guest}}', NAME[guest]!).replace('{{price}}', value);
}

/** A pattern matching exactly this line. */
export function exactly(line: string): RegExp {
  return new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
