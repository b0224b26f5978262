/**
 * The article's argument, for the debrief: discussion questions that each rest on the article's own
 * words (quoted with their lines), its hedges (evidence against speculation), a timeline of its events,
 * and what happened after 2016 — background, not from the article, marked so. Content only: the
 * components render it (ArticleArgument, Timeline), and a test checks every quote on its line.
 */
import {
  background,
  fromArticle,
  quote,
  say,
  speculation,
  type Bi,
  type Quote,
  type Sentence,
} from '../teacher/source.ts';

/** A discussion question with the article's words it rests on. */
export interface Question {
  id: string;
  question: Bi;
  quotes: Quote[];
  /** A note for the teacher: what the question is after. */
  aim: Bi;
}

export const QUESTIONS: Question[] = [
  {
    id: 'counterweight',
    question: say(
      'Is China becoming a counterweight to Russia in Central Asia? What in your game pushed that way, and what against?',
      'Становится ли Китай противовесом России в Центральной Азии? Что в вашей игре толкало к этому, а что мешало?',
    ),
    quotes: [
      quote(
        7,
        'These moves could position China as a potential regional counterweight to Russia',
        'Эти шаги могут сделать Китай потенциальным региональным противовесом России',
      ),
      quote(
        21,
        'it can serve as a long-term lever for China to diminish Russia’s overall influence in Central Asia',
        'она может служить Китаю долгосрочным рычагом для ослабления общего влияния России в Центральной Азии',
      ),
    ],
    aim: say(
      'Note the article’s “could” and “potential”: it argues a possibility, not a fact.',
      'Обратите внимание на «могут» и «потенциальным» в статье: она рассуждает о возможности, а не о факте.',
    ),
  },
  {
    id: 'two-patrons',
    question: say(
      'Does Tajikistan gain from having two patrons? When did its doors earn it more, and when did they cost it control?',
      'Выигрывает ли Таджикистан от двух покровителей? Когда его двери приносили ему больше, а когда стоили ему контроля?',
    ),
    quotes: [
      quote(
        11,
        'Historically, the politico-economic elements of Dushanbe’s multi-vector foreign policy have largely been tolerated by Moscow',
        'Исторически политико-экономические элементы многовекторной внешней политики Душанбе в основном терпелись Москвой',
      ),
      quote(
        19,
        'China is more generous when it comes to investing in foreign countries’ domestic economies',
        'Китай щедрее, когда речь идёт об инвестициях во внутреннюю экономику других стран',
      ),
    ],
    aim: say(
      'The article speaks of politico-economic ties being tolerated; the question is whether military ties are different.',
      'Статья говорит о том, что терпели политико-экономические связи; вопрос в том, отличаются ли военные.',
    ),
  },
  {
    id: 'silence',
    question: say(
      'Why might Moscow stay silent? The article offers two readings: which does your game support?',
      'Почему Москва может молчать? Статья предлагает два объяснения: какое поддерживает ваша игра?',
    ),
    quotes: [
      quote(
        21,
        'Moscow’s silence regarding Beijing’s military-sector initiatives in Central Asia could imply that the Russian government is giving China the benefit of the doubt',
        'Молчание Москвы по поводу военных инициатив Пекина в Центральной Азии может означать, что российское правительство не торопится с выводами в отношении Китая',
      ),
      quote(
        21,
        'it is quite possible that Beijing is in fact positioning itself in preparation for the eventuality that the Russia-led Eurasian Economic Union (EEU)',
        'вполне возможно, что Пекин на самом деле готовится к тому, что возглавляемый Россией Евразийский экономический союз (ЕАЭС)',
      ),
    ],
    aim: say(
      'Silence is not evidence of agreement: the article itself calls its readings possible, not known.',
      'Молчание — не доказательство согласия: сама статья называет свои объяснения возможными, а не известными.',
    ),
  },
  {
    id: 'tension',
    question: say(
      'The article predicts new tension between Moscow and Dushanbe. Where did tension come from in your game, and who was blamed?',
      'Статья предсказывает новую напряжённость между Москвой и Душанбе. Откуда в вашей игре бралась напряжённость и кого винили?',
    ),
    quotes: [
      quote(
        11,
        'the recent developments in Sino-Tajikistani military relations might ignite new tensions between Moscow and Dushanbe',
        'последние события в китайско-таджикских военных отношениях могут вызвать новую напряжённость между Москвой и Душанбе',
      ),
    ],
    aim: say(
      'The game’s tension track is a mechanism; the article only says tension “might” come.',
      'Шкала напряжённости в игре — механизм; статья лишь говорит, что напряжённость «может» возникнуть.',
    ),
  },
  {
    id: 'evidence',
    question: say(
      'Sort the article’s sentences: which report events, and which guess? Find its hedges below and say what each one hides.',
      'Разберите предложения статьи: какие сообщают о событиях, а какие предполагают? Найдите ниже её оговорки и скажите, что скрывает каждая.',
    ),
    quotes: [
      quote(
        9,
        'On October 20–24, a combined 10,000 military personnel',
        '20–24 октября в общей сложности 10 000 военнослужащих',
      ),
      quote(
        13,
        'these developments are almost certainly raising discomfort inside the Kremlin',
        'эти события почти наверняка вызывают беспокойство в Кремле',
      ),
    ],
    aim: say(
      'A date and a number can be checked; “almost certainly” is the author’s judgement.',
      'Дату и число можно проверить; «почти наверняка» — суждение автора.',
    ),
  },
  {
    id: 'source',
    question: say(
      'What kind of source is this? Who does it quote, and what would you want to read beside it?',
      'Что это за источник? На кого он ссылается и что вы хотели бы прочитать рядом с ним?',
    ),
    quotes: [
      quote(
        3,
        'Publication: Eurasia Daily Monitor Volume: 13 Issue: 185',
        'Издание: Eurasia Daily Monitor, том 13, выпуск 185',
      ),
      quote(
        11,
        'According to Tajikistani and Russian security experts',
        'По мнению таджикских и российских экспертов по безопасности',
      ),
      quote(
        9,
        'To date, neither Beijing nor any of its regional partners have publicly commented',
        'До сих пор ни Пекин, ни кто-либо из его региональных партнёров публично не высказывались',
      ),
    ],
    aim: say(
      'One analysis piece, written soon after the October exercise, from press reports and security experts; Beijing had made no public comment.',
      'Одна аналитическая статья, написанная вскоре после октябрьских учений, по сообщениям прессы и мнениям экспертов по безопасности; Пекин публично ничего не сказал.',
    ),
  },
  {
    id: 'scale',
    question: say(
      'China spent $15 million; Russia had spent hundreds of millions. Why does the article still call China’s aid an opening?',
      'Китай потратил 15 миллионов долларов; Россия — сотни миллионов. Почему статья всё же называет помощь Китая началом?',
    ),
    quotes: [
      quote(
        19,
        'China has already spent $15 million to construct apartments for military officers in Dushanbe',
        'Китай уже потратил 15 миллионов долларов на строительство квартир для военных офицеров в Душанбе',
      ),
      quote(
        19,
        'Compared to the hundreds of millions of dollars that Russia has for years been spending on military assistance to Tajikistan',
        'По сравнению с сотнями миллионов долларов, которые Россия годами тратит на военную помощь Таджикистану',
      ),
      quote(
        19,
        'But it nevertheless represents the opening of a tangible new area of cooperation',
        'Но тем не менее это открытие ощутимой новой области сотрудничества',
      ),
    ],
    aim: say(
      'Compare the sizes of aid in your game with these: the game shrinks the gap to make China a player.',
      'Сравните размеры помощи в вашей игре с этими: игра сокращает разрыв, чтобы Китай стал игроком.',
    ),
  },
];

/** The article's own hedges: the words that mark a guess, each where it stands. */
export interface Hedge {
  word: string;
  quote: Quote;
}

export const HEDGES: Hedge[] = [
  { word: 'could', quote: quote(7, 'These moves could position China', 'Эти шаги могут сделать Китай') },
  { word: 'might', quote: quote(11, 'might ignite new tensions', 'могут вызвать новую напряжённость') },
  {
    word: 'almost certainly',
    quote: quote(
      13,
      'almost certainly raising discomfort inside the Kremlin',
      'почти наверняка вызывают беспокойство в Кремле',
    ),
  },
  {
    word: 'appears',
    quote: quote(
      17,
      'Beijing appears determined to mitigate the physical risks',
      'Пекин, по-видимому, полон решимости снизить физические риски',
    ),
  },
  {
    word: 'presumably',
    quote: quote(
      21,
      'presumably, Russia may trust that China’s main objectives are simply to provide security',
      'предположительно, Россия может верить, что главные цели Китая — просто обеспечить безопасность',
    ),
  },
  {
    word: 'quite possible',
    quote: quote(
      21,
      'it is quite possible that Beijing is in fact positioning itself',
      'вполне возможно, что Пекин на самом деле готовится',
    ),
  },
  {
    word: 'will likely',
    quote: quote(
      21,
      'will likely be a stepping-stone for Beijing’s future military expansion in the region',
      'вероятно, станет ступенькой для будущего военного расширения Пекина в регионе',
    ),
  },
];

/** One event on the article's timeline. */
export interface Moment {
  id: string;
  when: Bi;
  what: Sentence;
}

export const TIMELINE: Moment[] = [
  {
    id: 'base-2012',
    when: say('2012', '2012'),
    what: fromArticle(
      say(
        'A new agreement lets Russia’s base stay in Tajikistan until 2042.',
        'Новое соглашение позволяет российской базе оставаться в Таджикистане до 2042 года.',
      ),
      quote(
        13,
        'the new bilateral agreement reached in 2012 allows it to remain there until 2042',
        'новое двустороннее соглашение 2012 года позволяет ей оставаться там до 2042 года',
      ),
    ),
  },
  {
    id: 'russia-2009',
    when: say('2009–2012', '2009–2012'),
    what: fromArticle(
      say(
        'The heads of state of Russia, Tajikistan, Pakistan and Afghanistan meet several times; Russia’s security initiative comes to nothing.',
        'Главы государств России, Таджикистана, Пакистана и Афганистана несколько раз встречаются; инициатива России в области безопасности ни к чему не приводит.',
      ),
      quote(
        15,
        'But the initiative spearheaded by Russia never came to fruition',
        'Но инициатива, возглавляемая Россией, так и не была реализована',
      ),
    ),
  },
  {
    id: 'feb-25',
    when: say('25 February 2016', '25 февраля 2016'),
    what: fromArticle(
      say(
        'In Beijing, Tajikistan’s interior minister Ramazon Rahimzoda meets China’s Guo Shengkun: the coalition’s process begins.',
        'В Пекине министр внутренних дел Таджикистана Рамазон Рахимзода встречается с Го Шэнкунем: начинается процесс создания коалиции.',
      ),
      quote(
        15,
        'The process for establishing this military coalition was kicked off after a February 25, 2016, high-level meeting in Beijing',
        'Процесс создания этой военной коалиции начался после встречи на высоком уровне в Пекине 25 февраля 2016 года',
      ),
    ),
  },
  {
    id: 'dushanbe',
    when: say('After February 2016', 'После февраля 2016'),
    what: fromArticle(
      say(
        'In Dushanbe the armed forces chiefs of China, Tajikistan and Pakistan agree on a joint counterterrorism centre; China pledges $70 million to Afghan forces.',
        'В Душанбе руководители вооружённых сил Китая, Таджикистана и Пакистана договариваются о совместном контртеррористическом центре; Китай обещает 70 миллионов долларов афганским силам.',
      ),
      quote(
        15,
        'an agreement to launch a joint counterterrorism center in Dushanbe',
        'договорённость о создании совместного контртеррористического центра в Душанбе',
      ),
    ),
  },
  {
    id: 'august',
    when: say('August 2016', 'Август 2016'),
    what: fromArticle(
      say(
        'In Xinjiang the armed forces chiefs of China, Tajikistan, Pakistan and Afghanistan pledge a military coalition against terrorism.',
        'В Синьцзяне руководители вооружённых сил Китая, Таджикистана, Пакистана и Афганистана обещают создать военную коалицию против терроризма.',
      ),
      quote(
        15,
        'These progressive steps culminated last August in a quadripartite meeting',
        'Эти последовательные шаги завершились в августе четырёхсторонней встречей',
      ),
    ),
  },
  {
    id: 'october',
    when: say('20–24 October 2016', '20–24 октября 2016'),
    what: fromArticle(
      say(
        '10,000 Tajik and Chinese troops exercise at Ishkoshim, against a simulated group infiltrating to destabilise Xinjiang.',
        '10 000 таджикских и китайских военных проводят учения в Ишкашиме против условной группы, проникшей, чтобы дестабилизировать Синьцзян.',
      ),
      quote(
        17,
        'a simulated battle against a terrorist group that infiltrated Tajikistan with a mission to destabilize Xinjiang',
        'условный бой с террористической группой, проникшей в Таджикистан с целью дестабилизировать Синьцзян',
      ),
    ),
  },
];

/** After the article: general knowledge, not from the article, each marked as background. */
export const AFTER_2016: Sentence[] = [
  background(
    say(
      'The four armies’ grouping took shape as the Quadrilateral Cooperation and Coordination Mechanism, founded in Urumqi in August 2016.',
      'Объединение четырёх армий оформилось как Четырёхсторонний механизм сотрудничества и координации, основанный в Урумчи в августе 2016 года.',
    ),
  ),
  background(
    say(
      'From 2019 journalists reported a Chinese security post in Gorno-Badakhshan near the Wakhan corridor; in 2021 Tajikistan approved a Chinese-funded post there for its own special police.',
      'С 2019 года журналисты сообщали о китайском посте безопасности в Горном Бадахшане у Ваханского коридора; в 2021 году Таджикистан одобрил строительство там поста для своей специальной полиции на китайские деньги.',
    ),
  ),
  background(
    say(
      'In August 2021 the Taliban took Kabul; the Afghan republic and its army, the partners of 2016, were gone.',
      'В августе 2021 года талибы взяли Кабул; Афганской республики и её армии, партнёров 2016 года, не стало.',
    ),
  ),
  background(
    say(
      'Russia’s base remained in Tajikistan, and Tajikistan had not joined the Eurasian Economic Union, at least as of 2024.',
      'Российская база осталась в Таджикистане, а Таджикистан не вступил в Евразийский экономический союз — по крайней мере на 2024 год.',
    ),
  ),
  speculation(
    say(
      'Whether the coalition became the “stepping-stone” the article expected is for the class to judge, with sources beyond this one.',
      'Стала ли коалиция той «ступенькой», которую ожидала статья, пусть класс решит сам, по источникам помимо этого.',
    ),
    quote(21, 'will likely be a stepping-stone', 'вероятно, станет ступенькой'),
  ),
];
