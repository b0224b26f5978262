/**
 * The teacher's guide as data, in English and Russian: for each shipped scenario a 45-minute lesson —
 * 5 minutes of setup, 30 of play, 10 of debrief — with what to do, what to say, when to pause and how to
 * grade. The in-app page (TeacherGuide.tsx) and docs/teacher.md (written by `npm run teacher:doc` from
 * `guideMarkdown`) both render this one source. The game's numbers (rounds, scoring rounds) are filled
 * in from the scenario ({{rounds}}, {{scoring}}, {{firstScoring}}, {{last}}); every claim a teacher is
 * told to say carries its source tag, and the article's with its line.
 */
import { QUESTIONS } from '../debrief/argument.ts';
import { background, fromArticle, mechanism, quote, say, speculation, type Bi, type Sentence } from './source.ts';

/** The lesson's three phases and their minutes (45 in all). */
export const PHASES = [
  { id: 'setup', minutes: 5 },
  { id: 'play', minutes: 30 },
  { id: 'debrief', minutes: 10 },
] as const;
export type PhaseId = (typeof PHASES)[number]['id'];

/** What a line of the plan asks of the teacher. */
export type Cue = 'do' | 'say' | 'pause' | 'ask' | 'grade';

/** One line of the plan: from minute `from` of the lesson; a `say` line is a tagged sentence. */
export interface PlanLine {
  from: number;
  cue: Cue;
  text: Bi;
  /** For `say`: where the sentence comes from (article, background, mechanism, speculation). */
  source?: Sentence;
}

/** One scenario's lesson. */
export interface Plan {
  scenario: string;
  aim: Bi;
  lines: Record<PhaseId, PlanLine[]>;
  /** The article questions (ids in QUESTIONS) the debrief turns to. */
  questions: string[];
}

const does = (from: number, en: string, ru: string): PlanLine => ({ from, cue: 'do', text: say(en, ru) });
const pause = (from: number, en: string, ru: string): PlanLine => ({ from, cue: 'pause', text: say(en, ru) });
const ask = (from: number, en: string, ru: string): PlanLine => ({ from, cue: 'ask', text: say(en, ru) });
const tell = (from: number, source: Sentence): PlanLine => ({ from, cue: 'say', text: source.text, source });

/** The setup every lesson shares (minutes 0–5), after the scenario's own framing. */
function setup(framing: Sentence[]): PlanLine[] {
  return [
    does(
      0,
      'Project the start screen. Choose the scenario, set every power to “Group of students”, and split the class into five groups, one a power.',
      'Выведите стартовый экран на проектор. Выберите сценарий, поставьте у каждой страны «Группа учеников» и разделите класс на пять групп, по одной на страну.',
    ),
    does(
      1,
      'Hand each group its power card (Teacher’s kit → Power cards → Print): who it is, its goals, its special ability and its operations.',
      'Раздайте каждой группе карточку её страны (Набор учителя → Карточки стран → Печать): кто она, её цели, особая способность и операции.',
    ),
    ...framing.map((s) => tell(2, s)),
    tell(
      3,
      mechanism(
        say(
          'Each group has one operation a turn, sized with IP, and about 45 seconds to choose it; the device passes round the room.',
          'У каждой группы одна операция за ход, её размер оплачивается ОВ, и на выбор около 45 секунд; устройство передаётся по классу.',
        ),
      ),
    ),
    does(
      4,
      'Ask each group to write its goal for the game on its sheet, from its card, before round 1.',
      'Попросите каждую группу записать на своём листе цель на игру, по своей карточке, до 1-го раунда.',
    ),
  ];
}

/** The play every full-length lesson shares (minutes 5–35), around the scenario's pauses. */
function play(first: PlanLine, scoring: PlanLine): PlanLine[] {
  return [
    does(
      5,
      'Start the game. Keep the lesson moving: a group that cannot decide in about 45 seconds passes.',
      'Начните игру. Держите темп: группа, которая не решилась примерно за 45 секунд, пасует.',
    ),
    first,
    scoring,
    does(
      26,
      'Watch the tension meter: if it nears its danger zone, ask the class who is to blame before the next move.',
      'Следите за шкалой напряжённости: если она подходит к опасной зоне, спросите класс, кто виноват, до следующего хода.',
    ),
    does(
      33,
      'If round {{last}} is not over by minute 33, finish the round in play and open the debrief from the top bar: it keeps the secret agendas hidden.',
      'Если к 33-й минуте {{last}}-й раунд не закончен, доиграйте текущий раунд и откройте разбор с верхней панели: тайные цели останутся скрытыми.',
    ),
  ];
}

/** The debrief every lesson shares (minutes 35–45). */
function debrief(first: string): PlanLine[] {
  return [
    does(
      35,
      'Open the debrief. Read out the result beside history, and let the winning group say in one sentence why it won.',
      'Откройте разбор. Прочитайте результат рядом с историей и дайте победившей группе одной фразой объяснить, почему она выиграла.',
    ),
    ask(
      37,
      `Put the article’s question “${QUESTIONS.find((q) => q.id === first)!.question.en}” to the class, with its quotes (the debrief shows them with their lines).`,
      `Задайте классу вопрос по статье: «${QUESTIONS.find((q) => q.id === first)!.question.ru}» — с цитатами (разбор показывает их со строками).`,
    ),
    ask(
      40,
      'Evidence or speculation: each group finds one hedge in the debrief’s list (“could”, “almost certainly”, “presumably”…) and says what it leaves uncertain.',
      'Доказательство или предположение: каждая группа находит в списке разбора одну оговорку («могут», «почти наверняка», «предположительно»…) и говорит, что она оставляет неясным.',
    ),
    does(
      43,
      'Exit ticket, on the group sheet: one sentence of the article that reports an event, one that guesses, each with its line number.',
      'Листок на выходе, на листе группы: одно предложение статьи, которое сообщает о событии, и одно, которое предполагает, — каждое с номером строки.',
    ),
  ];
}

/** How to grade, the same in every lesson: the reasoning, not the winning. */
export const GRADING: { points: number; text: Bi }[] = [
  {
    points: 3,
    text: say(
      'Plan: the group wrote its goal from its card before round 1, and kept to it or changed it with a reason.',
      'План: группа записала цель по своей карточке до 1-го раунда и держалась её или изменила с объяснением.',
    ),
  },
  {
    points: 3,
    text: say(
      'Reasons: a line on the sheet for each operation — why here, why this size (the game’s log helps).',
      'Причины: строка на листе для каждой операции — почему здесь, почему такой размер (журнал игры помогает).',
    ),
  },
  {
    points: 3,
    text: say(
      'Evidence: in the debrief the group answers a question with a quote from the article and its line number.',
      'Доказательства: в разборе группа отвечает на вопрос цитатой из статьи с номером строки.',
    ),
  },
  {
    points: 3,
    text: say(
      'Evidence or speculation: the exit ticket tells a reported event from a guess, and names the hedge word.',
      'Доказательство или предположение: листок на выходе отличает сообщённое событие от догадки и называет слово-оговорку.',
    ),
  },
];

export const GRADING_NOTE = say(
  'Winning is not graded: a group that lost with clear reasons scores full marks.',
  'Победа не оценивается: группа, проигравшая с ясными объяснениями, получает полный балл.',
);

const firstPause = (en: string, ru: string) =>
  pause(
    12,
    `After round 1 (about minute 12), one minute: ${en}`,
    `После 1-го раунда (около 12-й минуты), одна минута: ${ru}`,
  );
const scoringPause = (en: string, ru: string) =>
  pause(
    20,
    `After the scoring of round {{firstScoring}} (about minute 20), two minutes: ${en}`,
    `После подсчёта очков в {{firstScoring}}-м раунде (около 20-й минуты), две минуты: ${ru}`,
  );

export const PLANS: Plan[] = [
  {
    scenario: 'autumn-2016',
    aim: say(
      'The article’s own moment: can Moscow keep its place as Beijing arrives, and how much can Dushanbe draw from both?',
      'Момент самой статьи: сможет ли Москва удержать своё место с приходом Пекина и сколько Душанбе сумеет получить от обоих?',
    ),
    lines: {
      setup: setup([
        fromArticle(
          say(
            'In October 2016, 10,000 Tajik and Chinese troops exercised together at Ishkoshim, on the Afghan border.',
            'В октябре 2016 года 10 000 таджикских и китайских военных провели совместные учения в Ишкашиме, на афганской границе.',
          ),
          quote(
            9,
            'a combined 10,000 military personnel from the National Army of Tajikistan and the People’s Liberation Army (PLA) of China were mobilized together',
            'в общей сложности 10 000 военнослужащих Национальной армии Таджикистана и НОАК Китая были мобилизованы вместе',
          ),
        ),
        fromArticle(
          say(
            'Russia still has its largest foreign base in Tajikistan, secured until 2042.',
            'У России по-прежнему крупнейшая зарубежная база в Таджикистане, закреплённая до 2042 года.',
          ),
          quote(13, 'allows it to remain there until 2042', 'позволяет ей оставаться там до 2042 года'),
        ),
      ]),
      play: play(
        firstPause(
          'who opened which doors, and at what price? Would Dushanbe really charge Moscow?',
          'кто какие двери открыл и по какой цене? Стал бы Душанбе на самом деле брать плату с Москвы?',
        ),
        scoringPause(
          'who leads, and is it the power the article expected to lead?',
          'кто впереди — и та ли это страна, которую статья ожидала увидеть впереди?',
        ),
      ),
      debrief: debrief('counterweight'),
    },
    questions: ['counterweight', 'two-patrons', 'silence', 'scale'],
  },
  {
    scenario: 'tutorial',
    aim: say(
      'A first game: every operation, every door and every number on the board, in two guided rounds; then the class plays on.',
      'Первая игра: все операции, все двери и все числа на поле за два раунда с подсказками; затем класс играет дальше.',
    ),
    lines: {
      setup: setup([
        mechanism(
          say(
            'The tutorial’s prompts tell each group what to try and point at the part of the board they explain; the numbers are simplified for teaching.',
            'Подсказки обучения говорят каждой группе, что попробовать, и показывают часть поля, которую объясняют; числа упрощены для учёбы.',
          ),
        ),
      ]),
      play: [
        does(
          5,
          'Start the tutorial ({{rounds}} rounds, about ten minutes on the lesson clock). Let each group read its prompt aloud before it acts.',
          'Начните обучение ({{rounds}} раунда, около десяти минут по учебным часам). Пусть каждая группа читает подсказку вслух, прежде чем действовать.',
        ),
        pause(
          10,
          'After round 1, one minute: what did the highlighted door, tension and threat show? Ask one group to explain each.',
          'После 1-го раунда, одна минута: что показали выделенные двери, напряжённость и угроза? Попросите одну группу объяснить каждое.',
        ),
        pause(
          15,
          'At the end of the tutorial, two minutes, on its end screen: which operation gave the most for its IP?',
          'В конце обучения, две минуты, на его итоговом экране: какая операция дала больше всего за свои ОВ?',
        ),
        does(
          17,
          'Start Autumn 2016 with the same groups and play its first rounds; the game is saved in the browser for the next lesson.',
          'Начните «Осень 2016» с теми же группами и сыграйте первые раунды; игра сохранится в браузере до следующего урока.',
        ),
        does(
          33,
          'At minute 33, once the group at the device has acted, open the debrief from the top bar: mid-game it shows the game so far and keeps the agendas secret. The game goes on next lesson.',
          'На 33-й минуте, когда группа у устройства сделает ход, откройте разбор с верхней панели: посреди игры он показывает ход игры и не раскрывает тайных целей. Игра продолжится на следующем уроке.',
        ),
      ],
      debrief: debrief('scale'),
    },
    questions: ['scale', 'two-patrons'],
  },
  {
    scenario: 'moscow-2009',
    aim: say(
      'A counterfactual: Russia’s 2009–2012 plan for a four-power security mechanism, which in history never came to be.',
      'Альтернативная история: план России 2009–2012 годов по созданию механизма безопасности четырёх стран, который в истории так и не был реализован.',
    ),
    lines: {
      setup: setup([
        fromArticle(
          say(
            'From 2009 to 2012 the heads of state of Russia, Tajikistan, Pakistan and Afghanistan met several times to form a regional security mechanism.',
            'С 2009 по 2012 год главы государств России, Таджикистана, Пакистана и Афганистана несколько раз встречались, чтобы создать региональный механизм безопасности.',
          ),
          quote(
            15,
            'The heads of state of Russia, Tajikistan, Pakistan and Afghanistan met on multiple occasions in 2009–2012',
            'Главы государств России, Таджикистана, Пакистана и Афганистана несколько раз встречались в 2009–2012 годах',
          ),
        ),
        speculation(
          say(
            'Say it aloud: this game asks “what if it had worked?” — nothing that happens in it is history.',
            'Скажите вслух: эта игра спрашивает «а что, если бы получилось?» — ничего из происходящего в ней не история.',
          ),
        ),
      ]),
      play: play(
        firstPause(
          'has anyone joined Russia’s bloc yet? What would it take?',
          'вступил ли уже кто-нибудь в блок России? Что для этого нужно?',
        ),
        scoringPause(
          'is Russia’s mechanism working? What is missing?',
          'работает ли механизм России? Чего не хватает?',
        ),
      ),
      debrief: debrief('counterweight'),
    },
    questions: ['counterweight', 'source'],
  },
  {
    scenario: 'door-closes',
    aim: say(
      'A speculative future the article raises: Tajikistan in the Eurasian Economic Union, China shut out of its economy.',
      'Предполагаемое будущее, о котором говорит статья: Таджикистан в Евразийском экономическом союзе, Китай отрезан от его экономики.',
    ),
    lines: {
      setup: setup([
        speculation(
          say(
            'The article suggests Beijing may be preparing for a day when the Russia-led Eurasian Economic Union closes Central Asia to it. This game plays that day.',
            'Статья предполагает, что Пекин, возможно, готовится ко дню, когда возглавляемый Россией Евразийский экономический союз закроет для него Центральную Азию. Эта игра разыгрывает этот день.',
          ),
          quote(
            21,
            'ends up closing China off from Central Asia economically',
            'в итоге закроет для Китая Центральную Азию экономически',
          ),
        ),
        background(
          say(
            'As background: Tajikistan had not joined the Eurasian Economic Union, at least as of 2024.',
            'Общие сведения: Таджикистан не вступил в Евразийский экономический союз — по крайней мере на 2024 год.',
          ),
        ),
      ]),
      play: play(
        firstPause(
          'with trade closed, what is China doing instead?',
          'раз торговля закрыта, что Китай делает вместо неё?',
        ),
        scoringPause('is the coalition becoming China’s way in?', 'становится ли коалиция для Китая способом войти?'),
      ),
      debrief: debrief('silence'),
    },
    questions: ['silence', 'counterweight', 'evidence'],
  },
  {
    scenario: 'lease-2042',
    aim: say(
      'A speculative future: the 2012 agreement that keeps Russia’s base runs out in 2042. Who will Dushanbe let in?',
      'Предполагаемое будущее: соглашение 2012 года, по которому стоит российская база, истекает в 2042 году. Кого впустит Душанбе?',
    ),
    lines: {
      setup: setup([
        fromArticle(
          say(
            'The 2012 agreement allows Russia’s base to stay until 2042.',
            'Соглашение 2012 года позволяет российской базе оставаться до 2042 года.',
          ),
          quote(13, 'allows it to remain there until 2042', 'позволяет ей оставаться там до 2042 года'),
        ),
        speculation(
          say(
            'Everything after that date is invented for the game: nobody knows what will happen to the base.',
            'Всё после этой даты придумано для игры: что будет с базой, никто не знает.',
          ),
        ),
        background(
          say(
            'As background: since August 2021 the Taliban rule Afghanistan; the game’s Afghanistan, a state with its own army, is the republic of 2016.',
            'Общие сведения: с августа 2021 года Афганистаном правят талибы; Афганистан в игре, государство со своей армией, — это республика 2016 года.',
          ),
        ),
        mechanism(
          say(
            'In the game a host draws rent for each foreign base; the article says nothing of rent.',
            'В игре хозяин получает аренду за каждую иностранную базу; об аренде статья ничего не говорит.',
          ),
        ),
      ]),
      play: play(
        firstPause(
          'what is each patron offering Tajikistan for the base?',
          'что каждый покровитель предлагает Таджикистану за базу?',
        ),
        scoringPause('if the base left now, who would fill the gap?', 'если база уйдёт сейчас, кто заполнит пустоту?'),
      ),
      debrief: debrief('two-patrons'),
    },
    questions: ['two-patrons', 'tension', 'scale'],
  },
];

/** How to use the guide: the same in every lesson. */
export const INTRO: Sentence[] = [
  mechanism(
    say(
      'Roof of the World is a game, not a history: it models the powers simply so that a class can argue about the article.',
      '«Крыша мира» — игра, а не учебник истории: она упрощённо моделирует страны, чтобы класс мог спорить о статье.',
    ),
  ),
  fromArticle(
    say(
      'Its history comes from one analysis article of 2016, “Beijing Encroaching on Moscow’s Military Dominance in Tajikistan”.',
      'Её история взята из одной аналитической статьи 2016 года «Пекин посягает на военное господство Москвы в Таджикистане».',
    ),
    quote(
      1,
      'Beijing Encroaching on Moscow’s Military Dominance in Tajikistan',
      'Пекин посягает на военное господство Москвы в Таджикистане',
    ),
  ),
  background(
    say(
      'Eurasia Daily Monitor is published by the Jamestown Foundation, a research institute in Washington.',
      'Eurasia Daily Monitor издаёт Jamestown Foundation, исследовательский институт в Вашингтоне.',
    ),
  ),
];

/** Every tagged sentence of the guide, with where it sits (for the quote test). */
export const GUIDE_SENTENCES: { at: string; s: Sentence }[] = [
  ...INTRO.map((s, i) => ({ at: `INTRO.${i}`, s })),
  ...PLANS.flatMap((p) =>
    PHASES.flatMap(({ id }) =>
      p.lines[id].flatMap((l, i) => (l.source ? [{ at: `${p.scenario}.${id}.${i}`, s: l.source }] : [])),
    ),
  ),
];

/** The scenario's numbers a plan's text may name. */
export interface PlanNumbers {
  rounds: number;
  scoring: number[];
}

/** A plan line's text with the scenario's numbers filled in. */
export function fill(text: string, n: PlanNumbers, lang: string): string {
  const scoring = n.scoring.join(lang === 'ru' ? ' и ' : ' and ');
  return text
    .replaceAll('{{rounds}}', String(n.rounds))
    .replaceAll('{{scoring}}', scoring)
    .replaceAll('{{firstScoring}}', String(n.scoring[0] ?? n.rounds))
    .replaceAll('{{last}}', String(n.rounds));
}
