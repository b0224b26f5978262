/**
 * The plain words for where a game's scenario comes from (`provenance` in the engine): a badge —
 * shipped, modified or custom — and a sentence naming, for a modified one, what differs from the
 * shipped scenario ("objectives VP, Russia's starting IP"). A pure view model, tested in node; the
 * import screen and the debrief and replay show it so a teacher can tell a genuine game from an edited one.
 */
import { isPower, isTextPath, textIn, type Power, type Provenance, type Scenario } from '../../game/index.ts';
import { SCENARIOS } from '../../game/scenarios/index.ts';
import { dt } from './strings.ts';

export interface ProvenanceNote {
  kind: Provenance['kind'];
  badge: string;
  sentence: string;
}

export interface ProvenanceNames {
  lang: string;
  power: (p: Power) => string;
  /** "A, B and C". */
  list: (items: string[]) => string;
}

/** One difference's path as a phrase, e.g. `powers.russia.ip` → "Russia's starting IP". */
export function differencePhrase(path: string, names: ProvenanceNames): string {
  const { lang } = names;
  const [top = '', second = '', , fourth] = path.split('.');
  if (top === 'id') return dt(lang, 'diffId');
  if (top === 'title') return dt(lang, 'diffTitle');
  if (isTextPath(path)) return dt(lang, 'diffTexts');
  switch (top) {
    case 'objectives':
      return dt(lang, fourth === 'vp' ? 'diffObjectivesVp' : 'diffObjectives');
    case 'agendas':
      return dt(lang, path.endsWith('.objective.vp') ? 'diffAgendasVp' : 'diffAgendas');
    case 'powers':
      if (isPower(second) && (path.endsWith('.ip') || path.endsWith('.economy')))
        return dt(lang, path.endsWith('.ip') ? 'diffStartIp' : 'diffEconomy', { power: names.power(second) });
      return dt(lang, 'diffPowers');
    case 'rules':
      return dt(lang, 'diffRule', { rule: path.slice('rules.'.length) });
    case 'regions':
      return dt(lang, 'diffRegions');
    case 'borders':
      return dt(lang, 'diffBorders');
    case 'events':
      return dt(lang, 'diffEvents');
    case 'rounds':
      return dt(lang, 'diffRounds');
    default:
      return dt(lang, 'diffField', { field: top });
  }
}

/** The badge and the sentence for a game's scenario. */
export function provenanceNote(p: Provenance, scenario: Scenario, names: ProvenanceNames): ProvenanceNote {
  const { lang } = names;
  const title = textIn(scenario.title, lang);
  switch (p.kind) {
    case 'shipped':
      return {
        kind: p.kind,
        badge: dt(lang, 'provenanceShipped'),
        sentence: dt(lang, 'provenanceShippedText', { title }),
      };
    case 'custom':
      return {
        kind: p.kind,
        badge: dt(lang, 'provenanceCustom'),
        sentence: dt(lang, 'provenanceCustomText', { title }),
      };
    case 'modified': {
      const phrases = [...new Set(p.differences.map((d) => differencePhrase(d, names)))];
      if (p.more > 0) phrases.push(dt(lang, 'diffMore'));
      const differences = names.list(phrases);
      const shipped = textIn(SCENARIOS[p.shipped]!.title, lang);
      const sentence =
        shipped === title
          ? dt(lang, 'provenanceModifiedText', { title, differences })
          : dt(lang, 'provenanceCopyText', { title, shipped, differences });
      return { kind: p.kind, badge: dt(lang, 'provenanceModified'), sentence };
    }
  }
}
