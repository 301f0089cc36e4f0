/**
 * Words for synthetic project titles and descriptions in Kyrgyz, Russian and English, by theme:
 * what donors' project lists in Kyrgyzstan read like (activities, people, places). Written for the
 * benchmark; no project is real.
 */

export type Lang = 'ky' | 'ru' | 'en';
export type Trio = Record<Lang, string>;

/** Two or three activities per theme code of the reference data (libs/geography/data/themes.csv). */
export const ACTIVITIES: Record<string, Trio[]> = {
  AGRICULTURE: [
    { en: 'Seed supply and farmer field schools', ru: 'Поставка семян и полевые школы для фермеров', ky: 'Үрөн менен камсыздоо жана фермерлер үчүн талаа мектептери' },
    { en: 'Greenhouses for year-round vegetables', ru: 'Теплицы для круглогодичного выращивания овощей', ky: 'Жыл бою жашылча өстүрүү үчүн теплицалар' },
    { en: 'Orchard planting and fruit storage', ru: 'Закладка садов и хранение фруктов', ky: 'Бак тигүү жана жемиш сактоо' },
  ],
  LIVESTOCK: [
    { en: 'Dairy goats for low-income households', ru: 'Молочные козы для малообеспеченных семей', ky: 'Аз камсыз болгон үй-бүлөлөр үчүн сүт эчкилери' },
    { en: 'Veterinary services and animal health', ru: 'Ветеринарные услуги и здоровье животных', ky: 'Ветеринардык кызматтар жана мал саламаттыгы' },
    { en: 'Poultry and beekeeping for women', ru: 'Птицеводство и пчеловодство для женщин', ky: 'Аялдар үчүн үй канаттуулары жана аарычылык' },
  ],
  PASTURE: [
    { en: 'Community pasture management', ru: 'Управление общинными пастбищами', ky: 'Жайыттарды жамааттык башкаруу' },
    { en: 'Pasture committees and remote pastures', ru: 'Пастбищные комитеты и отгонные пастбища', ky: 'Жайыт комитеттери жана алыскы жайыттар' },
  ],
  WATER_IRRIGATION: [
    { en: 'Rehabilitation of irrigation canals', ru: 'Восстановление ирригационных каналов', ky: 'Сугат каналдарын калыбына келтирүү' },
    { en: 'Drip irrigation for smallholder farmers', ru: 'Капельное орошение для мелких фермеров', ky: 'Майда фермерлер үчүн тамчылатып сугаруу' },
    { en: 'Water user associations', ru: 'Ассоциации водопользователей', ky: 'Суу пайдалануучулар ассоциациялары' },
  ],
  FOOD_SECURITY: [
    { en: 'Food security and kitchen gardens', ru: 'Продовольственная безопасность и приусадебные огороды', ky: 'Азык-түлүк коопсуздугу жана короо-жай бакчалары' },
    { en: 'Food assistance for work on community assets', ru: 'Продовольственная помощь за работу на общественных объектах', ky: 'Коомдук объекттердеги иш үчүн азык-түлүк жардамы' },
  ],
  NUTRITION: [
    { en: 'School meals and nutrition training', ru: 'Школьное питание и обучение правильному питанию', ky: 'Мектептеги тамактануу жана туура тамактанууга окутуу' },
    { en: 'Nutrition for mothers and young children', ru: 'Питание матерей и детей раннего возраста', ky: 'Энелер жана жаш балдардын тамактануусу' },
  ],
  HEALTH: [
    { en: 'Primary health care for mothers and children', ru: 'Первичная медико-санитарная помощь матерям и детям', ky: 'Энелер жана балдар үчүн баштапкы медициналык жардам' },
    { en: 'Village health committees', ru: 'Сельские комитеты здоровья', ky: 'Айылдык саламаттык комитеттери' },
  ],
  EDUCATION: [
    { en: 'Preschool education and teacher training', ru: 'Дошкольное образование и подготовка учителей', ky: 'Мектепке чейинки билим берүү жана мугалимдерди даярдоо' },
    { en: 'Vocational training for young people', ru: 'Профессиональное обучение молодежи', ky: 'Жаштарды кесипке окутуу' },
  ],
  SOCIAL_PROTECTION: [
    { en: 'Cash transfers for vulnerable families', ru: 'Денежные выплаты уязвимым семьям', ky: 'Аярлуу үй-бүлөлөргө акчалай жардам' },
    { en: 'Social services for persons with disabilities', ru: 'Социальные услуги для людей с инвалидностью', ky: 'Ден соолугунун мүмкүнчүлүгү чектелген адамдар үчүн социалдык кызматтар' },
  ],
  CLIMATE_RESILIENCE: [
    { en: 'Climate-resilient farming', ru: 'Климатически устойчивое земледелие', ky: 'Климатка туруктуу дыйканчылык' },
    { en: 'Rainwater harvesting and solar dryers', ru: 'Сбор дождевой воды и солнечные сушилки', ky: 'Жамгыр суусун чогултуу жана күн кургаткычтары' },
  ],
  DISASTER_RISK_REDUCTION: [
    { en: 'Mudflow protection and early warning', ru: 'Защита от селей и раннее оповещение', ky: 'Сел агымынан коргоо жана эрте эскертүү' },
    { en: 'Riverbank protection works', ru: 'Берегоукрепительные работы', ky: 'Дарыя жээгин бекемдөө иштери' },
  ],
  ENVIRONMENT: [
    { en: 'Forest restoration and waste management', ru: 'Восстановление лесов и управление отходами', ky: 'Токойлорду калыбына келтирүү жана таштандыларды башкаруу' },
    { en: 'Energy-efficient stoves and insulation', ru: 'Энергоэффективные печи и утепление домов', ky: 'Энергияны үнөмдөөчү мештер жана үйлөрдү жылуулоо' },
  ],
  FISHERIES: [
    { en: 'Fish farming in ponds', ru: 'Прудовое рыбоводство', ky: 'Көлмөлөрдө балык өстүрүү' },
    { en: 'Trout farming on Issyk-Kul', ru: 'Разведение форели на Иссык-Куле', ky: 'Ысык-Көлдө форель өстүрүү' },
  ],
  GENDER_EQUALITY: [
    { en: "Women's self-help groups", ru: 'Группы самопомощи женщин', ky: 'Аялдардын өз ара жардам топтору' },
    { en: 'Women in local councils', ru: 'Женщины в местных кенешах', ky: 'Жергиликтүү кеңештердеги аялдар' },
  ],
  LAND_MANAGEMENT: [
    { en: 'Land registration and allocation', ru: 'Регистрация и распределение земель', ky: 'Жерди каттоо жана бөлүштүрүү' },
    { en: 'Fighting soil erosion on slopes', ru: 'Борьба с эрозией почв на склонах', ky: 'Капталдардагы топурак эрозиясына каршы күрөш' },
  ],
  LOCAL_GOVERNANCE: [
    { en: 'Participatory budgeting in local self-government', ru: 'Бюджет участия в органах местного самоуправления', ky: 'Жергиликтүү өз алдынча башкарууда катышуучулук бюджет' },
    { en: 'Public services in ayil okmotu', ru: 'Муниципальные услуги в айыл окмоту', ky: 'Айыл өкмөтүндөгү мамлекеттик кызматтар' },
  ],
  ORGANIC_AGRICULTURE: [
    { en: 'Organic vegetable production', ru: 'Производство органических овощей', ky: 'Органикалык жашылча өндүрүү' },
    { en: 'Organic cotton and beans', ru: 'Органический хлопок и фасоль', ky: 'Органикалык пахта жана буурчак' },
  ],
  ORGANIC_CERTIFICATION: [
    { en: 'Organic certification for exporters', ru: 'Органическая сертификация для экспортеров', ky: 'Экспорттоочулар үчүн органикалык тастыктама' },
    { en: 'Internal control systems for organic groups', ru: 'Системы внутреннего контроля органических групп', ky: 'Органикалык топтор үчүн ички көзөмөл системалары' },
  ],
  RURAL_DEVELOPMENT: [
    { en: 'Rural infrastructure and drinking water', ru: 'Сельская инфраструктура и питьевая вода', ky: 'Айылдык инфратүзүм жана ичүүчү суу' },
    { en: 'Community-driven village investments', ru: 'Инвестиции в сёла по инициативе сообществ', ky: 'Жамааттардын демилгеси менен айылдарга инвестициялар' },
  ],
  VALUE_CHAINS: [
    { en: 'Value chains for dried fruit and honey', ru: 'Цепочки добавленной стоимости сухофруктов и меда', ky: 'Кургатылган жемиш жана бал үчүн кошумча нарк чынжырлары' },
    { en: 'Milk collection points and cooperatives', ru: 'Пункты сбора молока и кооперативы', ky: 'Сүт чогултуу пункттары жана кооперативдер' },
    { en: 'Cold storage for apricots and walnuts', ru: 'Холодильные склады для абрикосов и грецких орехов', ky: 'Өрүк жана жаңгак үчүн муздаткыч кампалар' },
  ],
};

/** Prefixes some titles carry. */
export const PREFIXES: Trio[] = [
  { en: 'Pilot: ', ru: 'Пилотный проект: ', ky: 'Пилоттук долбоор: ' },
  { en: 'Phase II: ', ru: 'Этап II: ', ky: 'II этап: ' },
  { en: 'Scaling up ', ru: 'Расширение: ', ky: 'Кеңейтүү: ' },
  { en: 'Support to ', ru: 'Поддержка: ', ky: 'Колдоо: ' },
];

/** Description sentences; {place} and {n} are filled in. */
export const DESCRIPTIONS: Trio[] = [
  {
    en: 'The project works with {n} households in {place} together with the ayil okmotu and local NGOs.',
    ru: 'Проект работает с {n} домохозяйствами в {place} совместно с айыл окмоту и местными НКО.',
    ky: 'Долбоор {place} аймагындагы {n} үй чарба менен айыл өкмөтү жана жергиликтүү БӨУлар менен бирге иштейт.',
  },
  {
    en: 'Activities include training, small grants and equipment; {n} people are expected to benefit in {place}.',
    ru: 'Мероприятия включают обучение, малые гранты и оборудование; ожидается, что в {place} пользу получат {n} человек.',
    ky: 'Иш-чараларга окутуу, чакан гранттар жана жабдуулар кирет; {place} аймагында {n} адам пайда алат деп күтүлөт.',
  },
  {
    en: 'Implemented through a local partner; results are monitored every quarter with the rayon administration in {place}.',
    ru: 'Реализуется через местного партнера; результаты ежеквартально отслеживаются с районной администрацией ({place}).',
    ky: 'Жергиликтүү өнөктөш аркылуу ишке ашырылат; натыйжалар ар бир чейректе {place} райондук администрациясы менен көзөмөлдөнөт.',
  },
];

/** How often a theme is the primary one (relative weights, roughly what donor portfolios look like). */
export const THEME_WEIGHTS: Record<string, number> = {
  AGRICULTURE: 14, LIVESTOCK: 9, PASTURE: 5, WATER_IRRIGATION: 8, FOOD_SECURITY: 9, NUTRITION: 6, HEALTH: 7, EDUCATION: 7,
  SOCIAL_PROTECTION: 5, CLIMATE_RESILIENCE: 6, DISASTER_RISK_REDUCTION: 4, ENVIRONMENT: 4, FISHERIES: 1, GENDER_EQUALITY: 4,
  LAND_MANAGEMENT: 2, LOCAL_GOVERNANCE: 5, ORGANIC_AGRICULTURE: 2, ORGANIC_CERTIFICATION: 1, RURAL_DEVELOPMENT: 6, VALUE_CHAINS: 6,
};

/** Which languages a title is given in, with weights: most in English, many in Russian too, some in Kyrgyz. */
export const TITLE_LANGUAGES: Array<[Lang[], number]> = [
  [['en'], 25],
  [['ru'], 15],
  [['en', 'ru'], 35],
  [['ky', 'ru'], 10],
  [['ky', 'ru', 'en'], 15],
];

/** Budget currencies with weights. */
export const CURRENCY_WEIGHTS: Array<[string, number]> = [
  ['USD', 45], ['EUR', 20], ['KGS', 10], ['GBP', 5], ['CHF', 5], ['JPY', 5], ['SEK', 3], ['RUB', 3], ['CNY', 2], ['KRW', 2],
];
