/**
 * docs/teacher.md, written from the guide's data (guide.ts) and the shipped scenarios' numbers: the
 * same plans, in English and then in Russian, as the in-app page shows. `npm run teacher:doc` writes
 * the file; a test fails when the file and this text differ.
 */
import { getScenario, textIn } from '../../game/index.ts';
import { enKit } from '../i18n/en-kit.ts';
import { ruKit } from '../i18n/ru-kit.ts';
import { QUESTIONS } from '../debrief/argument.ts';
import { GRADING, GRADING_NOTE, INTRO, PHASES, PLANS, fill, type Plan } from './guide.ts';
import { ARTICLE_SOURCE, ARTICLE_TITLE, inLang, type Sentence } from './source.ts';

type Kit = typeof enKit;

/** Fill {{name}} parameters of a kit string. */
export function format(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(params[k] ?? `{{${k}}}`));
}

/** The minute span of each phase, e.g. setup 0–5, play 5–35, debrief 35–45. */
export function phaseSpans(): Record<(typeof PHASES)[number]['id'], { from: number; to: number }> {
  let at = 0;
  const out = {} as Record<(typeof PHASES)[number]['id'], { from: number; to: number }>;
  for (const p of PHASES) {
    out[p.id] = { from: at, to: at + p.minutes };
    at += p.minutes;
  }
  return out;
}

/** A sentence's source label: "From the article, line 9", "Background (not from the article)", … */
export function tagLabel(kit: Kit, s: Sentence): string {
  return s.tag === 'article' ? format(kit.tag.article, { line: s.quote?.line ?? '?' }) : kit.tag[s.tag];
}

/** A tagged sentence as markdown: the text, its label, and the article's words when it quotes them. */
function sentence(kit: Kit, s: Sentence, lang: string): string {
  const q = s.quote ? ` — “${lang === 'ru' ? s.quote.ru : s.quote.text}”` : '';
  return `${inLang(s.text, lang)} *(${tagLabel(kit, s)}${q})*`;
}

const cell = (t: string) => t.replace(/\|/g, '\\|');

function plan(kit: Kit, p: Plan, lang: string): string[] {
  const scenario = getScenario(p.scenario)!;
  const n = { rounds: scenario.rounds, scoring: scenario.scoring };
  const spans = phaseSpans();
  const out = [
    `## ${format(kit.guide.lesson, { scenario: textIn(scenario.title, lang) })}`,
    '',
    `${format(kit.guide.numbers, { rounds: n.rounds, scoring: fill('{{scoring}}', n, lang) })}`,
    '',
    `**${kit.guide.aim}:** ${inLang(p.aim, lang)}`,
    '',
  ];
  for (const phase of PHASES) {
    const span = spans[phase.id];
    out.push(`### ${kit.guide.phase[phase.id]} (${format(kit.guide.minutes, span)})`, '');
    out.push(`| ${kit.guide.minute} | | ${kit.guide.what} |`, '| ---: | --- | --- |');
    for (const l of p.lines[phase.id]) {
      const text = l.source ? sentence(kit, l.source, lang) : inLang(l.text, lang);
      out.push(`| ${l.from} | **${kit.guide.cue[l.cue]}** | ${cell(fill(text, n, lang))} |`);
    }
    out.push('');
  }
  out.push(`### ${kit.guide.questions}`, '');
  for (const id of p.questions) {
    const q = QUESTIONS.find((x) => x.id === id)!;
    const quotes = q.quotes.map(
      (x) => `“${lang === 'ru' ? x.ru : x.text}” (${format(kit.tag.article, { line: x.line })})`,
    );
    out.push(`- ${inLang(q.question, lang)} ${quotes.join('; ')}. *${inLang(q.aim, lang)}*`);
  }
  out.push('');
  return out;
}

/** The guide in one language. */
export function guideMarkdownIn(lang: 'en' | 'ru'): string {
  const kit = lang === 'ru' ? (ruKit as Kit) : enKit;
  const out = [`# ${kit.guide.title}`, '', kit.guide.intro, ''];
  for (const s of INTRO) out.push(`- ${sentence(kit, s, lang)}`);
  out.push('', `## ${kit.guide.grading}`, '');
  for (const g of GRADING) out.push(`- **${format(kit.guide.points, { points: g.points })}** ${inLang(g.text, lang)}`);
  out.push('', `*${inLang(GRADING_NOTE, lang)}*`, '');
  for (const p of PLANS) out.push(...plan(kit, p, lang));
  out.push(`*${format(kit.guide.sourceNote, { title: ARTICLE_TITLE, source: ARTICLE_SOURCE })}*`, '');
  return out.join('\n');
}

/** docs/teacher.md: a generated-file note, the English guide, then the Russian. */
export function guideMarkdown(): string {
  return [
    '<!-- Generated from ui/teacher/guide.ts by `npm run teacher:doc`; edit the data, not this file. -->',
    '',
    guideMarkdownIn('en'),
    '---',
    '',
    guideMarkdownIn('ru'),
  ].join('\n');
}
