// Names of the peoples deported whole to Kazakhstan (Koreans 1937, Volga Germans 1941, Chechens
// and Ingush 1944) as Soviet records spelled them, most common first, with the Latin spelling
// a family would use today. Data only, in `name-entry.ts` notation.

import { nameEntries } from './name-entry.ts';

export const GERMAN_SURNAMES = nameEntries(`
  Мюллер/Миллер=Müller Шмидт/Шмит=Schmidt Шнейдер/Шнайдер=Schneider Майер/Мейер=Meyer Вебер=Weber
  Вагнер=Wagner Беккер/Бекер=Becker Шульц=Schulz Гофман/Хофман=Hoffmann Шефер/Шеффер=Schäfer Кох=Koch
  Бауэр/Бауер=Bauer Рихтер=Richter Клейн/Кляйн=Klein Вольф=Wolf Шрёдер/Шредер=Schröder Нейман/Нойман=Neumann
  Шварц=Schwarz Циммерман=Zimmermann Браун=Braun Крюгер=Krüger Гартман/Хартман=Hartmann Ланге=Lange
  Вернер=Werner Краузе=Krause Леман/Лейман=Lehmann Келлер/Келер=Keller Функ=Funk Фукс=Fuchs Гейнц=Heinz
  Герман=Hermann Кёниг/Кениг=König Петерс=Peters Фризен=Friesen Янцен=Janzen Нейфельд=Neufeld Дик=Dyck
  Эннс=Enns Реймер=Reimer Классен/Класен=Klassen Вибе=Wiebe Тиссен=Thiessen Гильдебрандт=Hildebrandt
  Гердт=Gerdt Кун=Kuhn Фогель=Vogel Гейн=Hein Шмунк=Schmunk Франк=Frank Эрлих=Ehrlich Дейс=Deis Бехтольд=Bechtold
  Зоммер=Sommer Винтер=Winter Шпехт=Specht Гааг=Haag Шейерман=Scheuermann Бендер=Bender Гросс=Gross Гольц=Holz
  Лоренц=Lorenz Штумпф=Stumpf Экгардт/Эккерт=Eckhardt Вейс/Вайс=Weiss Маттис=Matthies Шаффнер=Schaffner
  Фрицлер=Fritzler Гоферт=Hoffert Дитц=Dietz Киблер=Kübler Ротермель=Rothermel Гейдт=Heidt Штрак=Strack
`);

export const GERMAN_MALE_NAMES = nameEntries(`
  Иоганн/Иван=Johann Генрих=Heinrich Фридрих/Фёдор=Friedrich Яков/Якоб=Jakob Давид=David Пётр/Петер=Peter
  Александр=Alexander Андреас/Андрей=Andreas Адам=Adam Готлиб=Gottlieb Конрад=Konrad Вильгельм=Wilhelm Карл=Karl
  Эдуард=Eduard Рейнгольд=Reinhold Эрнст=Ernst Людвиг=Ludwig Георг/Егор=Georg Эмануил=Emanuel Абрам=Abraham
  Франц=Franz Филипп=Philipp Христиан=Christian Эмиль=Emil Вольдемар/Владимир=Woldemar Теодор=Theodor
  Рудольф=Rudolf Корнелиус=Cornelius Гергард=Gerhard Готфрид=Gottfried
`);

export const GERMAN_FEMALE_NAMES = nameEntries(`
  Мария=Maria Анна=Anna Эмма=Emma Эльза=Elsa Амалия=Amalia Елизавета/Эльзабет=Elisabeth Екатерина/Катарина=Katharina
  Лидия=Lydia Фрида=Frieda Паулина=Pauline Маргарита=Margarete Берта=Bertha Ирма=Irma Ольга=Olga Эмилия=Emilie
  Доротея=Dorothea Христина=Christina Луиза=Luise Сусанна=Susanna Эрна=Erna Гильда=Hilda Агнесса=Agnes
  Регина=Regina Юлиана=Juliane
`);

export const KOREAN_SURNAMES = nameEntries(`
  Ким=Kim Пак=Pak Ли=Li Цой/Цхой/Чой=Tsoi Тен/Тян=Ten Хан=Khan Югай=Iugai Шин/Шен=Shin Ни=Ni Хегай=Khegai
  Ан=An Кан=Kan Лим=Lim Тягай=Tiagai Пэк/Пек=Pek Огай=Ogai Нам=Nam Хван=Khvan Лигай=Ligai Тхай=Tkhai Мун=Mun
  Хон=Khon Чжан/Тян=Chzhan Магай=Magai Юн=Iun Ем/Ём=Em Ко=Ko Дян=Dian Сон=Son Ю=Iu Со=So Ха=Kha Хо=Kho Чо/Тё=Cho
`);

/** Korean given names are two syllables, written apart, hyphenated or joined by different clerks. */
export const KOREAN_MALE_SYLLABLES: readonly string[] = (
  'Ен Сен Чер Хак Сик Су Ир Мен Чун Гир Дин Дон Хо Бон Ун Гым Сан Бок Чан Гук Ден Сер Гон Хен Мин Чор Гван ' +
  'Бом Сам Ин Бек Нам Гиль Хва Дю Тхе Еп Сун'
).split(' ');

export const KOREAN_FEMALE_SYLLABLES: readonly string[] = 'Ок Сун Хи Ен Бун Ня Сук Ним Ре Дя Ым Гым Бок Сон'.split(' ');

export const CAUCASUS_MALE_NAMES = nameEntries(`
  Магомед/Магомет/Мухаммад=Magomed Ахмед/Ахмад=Akhmed Хасан=Khasan Хусейн/Хусен=Khusein Умар=Umar Абдул=Abdul
  Ислам=Islam Салман=Salman Алхазур=Alkhazur Висхан=Viskhan Билал=Bilal Дауд=Daud Зелимхан=Zelimkhan
  Ваха=Vakha Лечи=Lechi Муса=Musa Иса=Isa Султан=Sultan Адам=Adam Али=Ali Саид=Said Абубакар=Abubakar
  Шамиль=Shamil Ибрагим=Ibragim Идрис=Idris Юсуп/Юсуф=Iusup Яхья=Iakhia Мовсар=Movsar Абдурахман=Abdurakhman
  Асламбек=Aslambek Вахид=Vakhid Докка=Dokka Джабраил/Джебраил=Dzhabrail Хамзат=Khamzat Эльмурза=Elmurza
  Умалт=Umalt Мурад=Murad Магомед-Эми=Magomed-Emi Бексолта=Beksolta Ахмад-Хаджи=Akhmad-Khadzhi
`);

export const CAUCASUS_FEMALE_NAMES = nameEntries(`
  Хава=Khava Зара=Zara Малика=Malika Петимат/Пятимат=Petimat Айшат=Aishat Зулай=Zulai Маржан=Marzhan Хеда=Kheda
  Яха=Iakha Роза=Roza Табарк=Tabark Зайнап=Zainap Марьям=Mariam Седа=Seda Хадижат/Хадижа=Khadizhat Бирлант=Birlant
  Зезаг=Zezag Кулсум=Kulsum Асет=Aset Шовда=Shovda Товсари=Tovsari Жансари=Zhansari Элиса=Elisa Камета=Kameta
`);

export const CHECHEN_SURNAMES = nameEntries(`
  Мусаев Ахмадов Хасанов Хамзатов Султанов Магомадов/Магомедов Висаитов Исаев Алиев Умаров Абдулаев/Абдуллаев
  Исмаилов Ибрагимов Юсупов Эдилов Дадаев Закриев Идрисов Сайдулаев Байсултанов Бисултанов Арсанукаев
  Сулейманов Межидов Мутаев Абубакаров Тагиров Хаджиев Гайрбеков Эльмурзаев Мовсаров Даудов Яхьяев Ясаев
  Ахматов Джамалдинов Ибаев Межиев Мурдалов Мациев Нальгиев Сатуев Талхигов Хадисов Цугаев
  Шахабов Эльдаров Юнусов Батукаев Басханов Гериев Довлетмурзаев Зубайраев Исраилов Лорсанов
`);

export const INGUSH_SURNAMES = nameEntries(`
  Евлоев Мальсагов Костоев Оздоев Точиев Барахоев Цечоев Албогачиев Дзейтов Аушев Котиев Гагиев Богатырев
  Хамхоев Фаргиев Тумгоев Плиев Измайлов Ганижев Мамилов Мартазанов Белхароев Келигов Чахкиев Ахильгов
  Ужахов Дахкильгов Яндиев Нальгиев Куштов Экажев Хашагульгов Гадаборшев Мержоев Осканов Бузуртанов
`);
