/**
 * Who each power is in 2016, for its card: what the article says of it (each sentence with the line it
 * quotes), then, marked so, what is background or the game's own modelling. No numbers of the game
 * here: the card reads those from the scenario.
 */
import type { Power } from '../../game/index.ts';
import { background, fromArticle, mechanism, quote, say, type Sentence } from './source.ts';

export const WHO: Record<Power, Sentence[]> = {
  russia: [
    fromArticle(
      say(
        'Russia leads the Collective Security Treaty Organization, of which Tajikistan is a member, and keeps its largest foreign military base on Tajik soil.',
        'Россия возглавляет Организацию Договора о коллективной безопасности, в которую входит Таджикистан, и держит на таджикской земле свою крупнейшую военную базу за рубежом.',
      ),
      quote(
        7,
        'Russia’s largest foreign military base, which is located on Tajikistani soil',
        'крупнейшая военная база России за рубежом, расположенная на таджикской земле',
      ),
    ),
    fromArticle(
      say(
        'The base has been there for over 70 years, and a 2012 agreement lets it stay until 2042.',
        'База существует более 70 лет, а соглашение 2012 года позволяет ей оставаться до 2042 года.',
      ),
      quote(
        13,
        'the new bilateral agreement reached in 2012 allows it to remain there until 2042',
        'новое двустороннее соглашение 2012 года позволяет ей оставаться там до 2042 года',
      ),
    ),
    fromArticle(
      say(
        'Moscow still sees Central Asia as its own sphere of influence, though its grip has loosened.',
        'Москва по-прежнему считает Центральную Азию своей сферой влияния, хотя её хватка ослабла.',
      ),
      quote(
        13,
        'Russia still sees Central Asia as falling within its exclusive sphere of influence',
        'Россия по-прежнему считает Центральную Азию своей исключительной сферой влияния',
      ),
    ),
    fromArticle(
      say(
        'It has spent hundreds of millions of dollars on military aid to Tajikistan, but its own economy is in crisis.',
        'Она потратила сотни миллионов долларов на военную помощь Таджикистану, но её собственная экономика в кризисе.',
      ),
      quote(
        19,
        'Unlike Russia, which is itself struggling with an economic crisis',
        'В отличие от России, которая сама борется с экономическим кризисом',
      ),
    ),
    fromArticle(
      say(
        'In 2016 Moscow said nothing in public about China’s moves.',
        'В 2016 году Москва публично никак не отреагировала на шаги Китая.',
      ),
      quote(
        13,
        'Moscow has not publicly protested China’s unprecedented military steps in Tajikistan',
        'Москва публично не протестовала против беспрецедентных военных шагов Китая в Таджикистане',
      ),
    ),
  ],
  china: [
    fromArticle(
      say(
        'China, long an economic partner with almost no visible military role, has begun to act militarily in Tajikistan.',
        'Китай, давний экономический партнёр почти без заметной военной роли, начал действовать в Таджикистане военными средствами.',
      ),
      quote(
        7,
        'China has unexpectedly begun taking steps to become more militarily active in the small Central Asian republic of Tajikistan',
        'Китай неожиданно начал предпринимать шаги, чтобы стать более активным в военном отношении в маленькой центральноазиатской республике Таджикистан',
      ),
    ),
    fromArticle(
      say(
        'In October 2016 its army and Tajikistan’s held a five-day counterterrorism exercise of 10,000 troops at Ishkoshim, on the Afghan border.',
        'В октябре 2016 года его армия и армия Таджикистана провели пятидневные контртеррористические учения 10 000 военных в Ишкашиме, на афганской границе.',
      ),
      quote(
        9,
        'a combined 10,000 military personnel from the National Army of Tajikistan and the People’s Liberation Army (PLA) of China',
        'в общей сложности 10 000 военнослужащих Национальной армии Таджикистана и Народно-освободительной армии Китая (НОАК)',
      ),
    ),
    fromArticle(
      say(
        'It has spent $15 million on apartments for officers in Dushanbe and agreed to build facilities for Tajik border troops.',
        'Он потратил 15 миллионов долларов на квартиры для офицеров в Душанбе и согласился построить объекты для таджикских пограничников.',
      ),
      quote(
        19,
        'It has also agreed to build new military facilities for Tajikistani border troops',
        'Он также согласился построить новые военные объекты для таджикских пограничных войск',
      ),
    ),
    fromArticle(
      say(
        'It pledged $70 million in military aid to Afghanistan’s security forces, and gathered a four-power coalition.',
        'Он пообещал 70 миллионов долларов военной помощи силам безопасности Афганистана и собрал коалицию четырёх стран.',
      ),
      quote(
        15,
        'Chinese officials pledged $70 million in military assistance for the Afghan security forces',
        'китайские официальные лица пообещали 70 миллионов долларов военной помощи афганским силам безопасности',
      ),
    ),
    fromArticle(
      say(
        'Its likely aims: to protect its Silk Road investments and its own border from militants.',
        'Его вероятные цели — защитить свои инвестиции Шёлкового пути и собственную границу от боевиков.',
      ),
      quote(
        17,
        'China may also be seeking to ensure its own border with Tajikistan is safe from militants',
        'Китай, возможно, также стремится обезопасить свою границу с Таджикистаном от боевиков',
      ),
    ),
  ],
  tajikistan: [
    fromArticle(
      say(
        'Tajikistan is small and poor, and keeps a multi-vector foreign policy that Moscow has mostly tolerated.',
        'Таджикистан мал и беден и ведёт многовекторную внешнюю политику, которую Москва в основном терпела.',
      ),
      quote(
        11,
        'Dushanbe’s multi-vector foreign policy have largely been tolerated by Moscow',
        'многовекторной внешней политики Душанбе в основном терпелись Москвой',
      ),
    ),
    fromArticle(
      say(
        'It is threatened along its Afghan border and by radicalised followers of the banned IRPT.',
        'Ему угрожает обстановка на афганской границе и радикализованные сторонники запрещённой ПИВТ.',
      ),
      quote(
        11,
        'radicalized followers of the banned Islamic Renaissance Party of Tajikistan (IRPT)',
        'радикализованных сторонников запрещённой Партии исламского возрождения Таджикистана (ПИВТ)',
      ),
    ),
    fromArticle(
      say(
        'Countries like it, with enormous socio-economic problems, favour closer ties with a generous China.',
        'Страны вроде него, с огромными социально-экономическими проблемами, склоняются к более тесным связям с щедрым Китаем.',
      ),
      quote(
        19,
        'Many countries like Tajikistan, which suffer from enormous socio-economic problems, strongly favor establishing closer ties to China',
        'Многие страны вроде Таджикистана, страдающие от огромных социально-экономических проблем, решительно выступают за более тесные связи с Китаем',
      ),
    ),
    fromArticle(
      say(
        'Its Minister of Defence, General Sharali Mirzo, praised the joint exercise with China.',
        'Его министр обороны генерал Шерали Мирзо высоко оценил совместные учения с Китаем.',
      ),
      quote(
        17,
        'Tajikistan’s minister of defense, General Sharali Mirzo',
        'министр обороны Таджикистана генерал Шерали Мирзо',
      ),
    ),
  ],
  pakistan: [
    fromArticle(
      say(
        'Pakistan’s army chief met China’s and Tajikistan’s in Dushanbe, after the February meeting in Beijing.',
        'Начальник армии Пакистана встретился с китайским и таджикским коллегами в Душанбе, после февральской встречи в Пекине.',
      ),
      quote(
        15,
        'the chiefs of the armed forces of China, Tajikistan and Pakistan met together in Dushanbe',
        'руководители вооружённых сил Китая, Таджикистана и Пакистана встретились в Душанбе',
      ),
    ),
    fromArticle(
      say(
        'In August 2016 it joined the four-power pledge in Xinjiang to form a counterterrorism coalition.',
        'В августе 2016 года он присоединился к обещанию четырёх стран в Синьцзяне создать контртеррористическую коалицию.',
      ),
      quote(
        15,
        'The four pledged to join together in a military coalition to bolster their collective counterterrorism efforts',
        'Четыре страны пообещали объединиться в военную коалицию, чтобы усилить совместную борьбу с терроризмом',
      ),
    ),
    background(
      say(
        'The article says little more about Pakistan. As background: Pakistan is a close partner of China, and the China–Pakistan Economic Corridor runs through Gilgit-Baltistan.',
        'Больше статья о Пакистане почти ничего не говорит. Общие сведения: Пакистан — близкий партнёр Китая, и Китайско-пакистанский экономический коридор проходит через Гилгит-Балтистан.',
      ),
    ),
  ],
  afghanistan: [
    fromArticle(
      say(
        'Afghanistan’s insecurity is the source of the threat on Tajikistan’s border.',
        'Нестабильность Афганистана — источник угрозы на границе Таджикистана.',
      ),
      quote(
        11,
        'the deteriorating security situation along its border with Afghanistan',
        'ухудшающейся обстановкой в области безопасности на его границе с Афганистаном',
      ),
    ),
    fromArticle(
      say(
        'China pledged $70 million in military aid to its security forces, and it joined the coalition in August 2016.',
        'Китай пообещал 70 миллионов долларов военной помощи его силам безопасности, а в августе 2016 года он вошёл в коалицию.',
      ),
      quote(
        15,
        'a quadripartite meeting of the heads of the armed forces of China, Tajikistan, Pakistan and Afghanistan',
        'четырёхсторонняя встреча руководителей вооружённых сил Китая, Таджикистана, Пакистана и Афганистана',
      ),
    ),
    fromArticle(
      say(
        'Russia’s 2009–2012 attempt at a similar grouping was meant for the time after ISAF left Afghanistan.',
        'Попытка России в 2009–2012 годах создать похожее объединение была рассчитана на время после ухода ISAF из Афганистана.',
      ),
      quote(
        15,
        'following the withdrawal of the International Security and Assistance Force (ISAF) from Afghanistan',
        'после вывода Международных сил содействия безопасности (ISAF) из Афганистана',
      ),
    ),
    background(
      say(
        'The 2016 Afghanistan of the game is the Islamic Republic with its own army; that government fell to the Taliban in August 2021.',
        'Афганистан 2016 года в игре — это Исламская Республика со своей армией; это правительство пало перед талибами в августе 2021 года.',
      ),
    ),
  ],
};

/** What the card says of the game's model of a power, beside the article: each power is simplified. */
export const MODEL_NOTE: Sentence = mechanism(
  say(
    'The goals, special ability and numbers on this card are the game’s model of the power, made for play: not claims about 2016.',
    'Цели, особая способность и числа на этой карточке — модель страны в игре, сделанная для игры, а не утверждения о 2016 годе.',
  ),
);
