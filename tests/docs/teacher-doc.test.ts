/**
 * docs/teacher.md is the guide's data (ui/teacher/guide.ts) rendered: the file must be exactly what
 * `npm run teacher:doc` writes now, with every scenario's lesson in both languages and its numbers read
 * from the scenario.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, getScenario, textIn } from '../../game/index.ts';
import { TEACHER_DOC, teacherDoc } from '../../src/cli/teacher-doc.ts';
import { PLANS } from '../../ui/teacher/guide.ts';

const file = readFileSync(TEACHER_DOC, 'utf8');

describe('docs/teacher.md', () => {
  it('is up to date with the guide’s data (run npm run teacher:doc after editing ui/teacher/guide.ts)', async () => {
    expect(file).toBe(await teacherDoc());
  });

  it('has a 45-minute lesson for every shipped scenario, in English and in Russian, with its rounds', () => {
    expect(PLANS.map((p) => p.scenario).sort()).toEqual([...SCENARIO_IDS].sort());
    for (const id of SCENARIO_IDS) {
      const s = getScenario(id)!;
      expect(file).toContain(`## ${textIn(s.title, 'en')}: a 45-minute lesson`);
      expect(file).toContain(`## ${textIn(s.title, 'ru')}: урок на 45 минут`);
    }
    expect(file).not.toMatch(/\{\{\w+\}\}/);
    for (const phase of ['Setup (0–5 min)', 'Play (5–35 min)', 'Debrief (35–45 min)', 'Подготовка (0–5 мин)'])
      expect(file).toContain(phase);
  });
});
