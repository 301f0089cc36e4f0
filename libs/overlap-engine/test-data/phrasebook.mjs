// Words and sentence patterns for the synthetic project texts of the labelled pairs, in English,
// Russian and Kyrgyz. Several "voices" per language so that two organisations describing the same
// work independently do not share sentences; a copy shares the voice.

export const INTERVENTION_PHRASES = {
  DAIRY_GOATS: {
    en: 'dairy goats', ruNom: 'молочные козы', ruGen: 'молочного козоводства', ky: 'сүттүү эчкилер',
    extra: { en: 'Each family receives two goats and veterinary care.', ru: 'Каждая семья получает двух коз и ветеринарное обслуживание.', ky: 'Ар бир үй-бүлө эки эчки жана ветеринардык тейлөө алат.' },
  },
  GREENHOUSE: {
    en: 'household greenhouses', ruNom: 'семейные теплицы', ruGen: 'семейных теплиц', ky: 'үй жанындагы жылыткана',
    extra: { en: 'Greenhouses are built on household plots to grow vegetables in spring and autumn.', ru: 'Теплицы строятся на приусадебных участках для выращивания овощей весной и осенью.', ky: 'Жылыткана үй жанындагы жер тилкесинде курулуп, жазында жана күзүндө жашылча өстүрүлөт.' },
  },
  WINTER_TUNNEL_FARMING: {
    en: 'tunnel farming for winter vegetables', ruNom: 'туннельные теплицы для зимних овощей', ruGen: 'туннельного овощеводства', ky: 'кышкы жашылча үчүн туннелдик жылыткана',
    extra: { en: 'Low tunnels extend the season so that families eat fresh vegetables in winter.', ru: 'Туннели продлевают сезон, и семьи едят свежие овощи зимой.', ky: 'Туннелдер мезгилди узартып, үй-бүлөлөр кышында жаңы жашылча жешет.' },
  },
  FRUIT_DRYER: {
    en: 'fruit dryers', ruNom: 'сушилки для фруктов', ruGen: 'сушки фруктов', ky: 'мөмө-жемиш кургаткычтар',
    extra: { en: 'Apricots and apples are dried for sale.', ru: 'Абрикосы и яблоки сушат на продажу.', ky: 'Өрүк жана алма сатуу үчүн кургатылат.' },
  },
  SOLAR_DRYER: {
    en: 'solar dryers', ruNom: 'солнечные сушилки', ruGen: 'солнечной сушки', ky: 'күн энергиясы менен иштеген кургаткычтар',
    extra: { en: 'Dried fruit and herbs are produced without fuel.', ru: 'Сухофрукты и травы производятся без топлива.', ky: 'Кургатылган жемиш жана чөптөр отунсуз даярдалат.' },
  },
  FRUIT_PROCESSING: {
    en: 'fruit processing (dried fruit, jam)', ruNom: 'переработка фруктов (сухофрукты, варенье)', ruGen: 'переработки фруктов', ky: 'мөмө-жемиш кайра иштетүү',
    extra: { en: "Women's groups make jam and dried fruit for local markets.", ru: 'Женские группы производят варенье и сухофрукты для местных рынков.', ky: 'Аялдар тобу жергиликтүү базар үчүн кыям жана кургатылган жемиш жасашат.' },
  },
  DRIP_IRRIGATION: {
    en: 'drip irrigation', ruNom: 'капельное орошение', ruGen: 'капельного орошения', ky: 'тамчылатып сугаруу',
    extra: { en: 'Drip kits save water on household plots.', ru: 'Системы капельного полива экономят воду на участках.', ky: 'Тамчылатып сугаруу тутумдары жер тилкелеринде сууну үнөмдөйт.' },
  },
  KITCHEN_GARDEN: {
    en: 'kitchen gardens', ruNom: 'приусадебные огороды', ruGen: 'приусадебных огородов', ky: 'үй жанындагы бакчалар',
    extra: { en: 'Seeds and tools are given for vegetable gardens.', ru: 'Выдаются семена и инструменты для огородов.', ky: 'Бакча үчүн үрөн жана шаймандар берилет.' },
  },
  NUTRITION_TRAINING: {
    en: 'nutrition training', ruNom: 'обучение правильному питанию', ruGen: 'обучения правильному питанию', ky: 'туура тамактануу боюнча окутуу',
    extra: { en: 'Cooking sessions show how to prepare balanced meals for children.', ru: 'Кулинарные занятия показывают, как готовить сбалансированное питание для детей.', ky: 'Тамак жасоо сабактары балдар үчүн туура тамак даярдоону үйрөтөт.' },
  },
  SCHOOL_MEALS: {
    en: 'school meals', ruNom: 'школьное питание', ruGen: 'школьного питания', ky: 'мектептеги тамактануу',
    extra: { en: 'Schools receive kitchen equipment and a hot lunch menu.', ru: 'Школы получают кухонное оборудование и меню горячего обеда.', ky: 'Мектептер ашкана жабдууларын жана ысык тамак менюсун алышат.' },
  },
  BEEKEEPING: {
    en: 'beekeeping', ruNom: 'пчеловодство', ruGen: 'пчеловодства', ky: 'аарычылык',
    extra: { en: 'Families receive hives and learn to sell honey.', ru: 'Семьи получают ульи и учатся продавать мед.', ky: 'Үй-бүлөлөр уюк алып, бал сатууну үйрөнүшөт.' },
  },
  POULTRY: {
    en: 'poultry (laying hens)', ruNom: 'птицеводство (куры-несушки)', ruGen: 'птицеводства', ky: 'тоок багуу',
    extra: { en: 'Each household receives twenty laying hens and feed.', ru: 'Каждое хозяйство получает двадцать кур-несушек и корм.', ky: 'Ар бир үй-бүлө жыйырма тоок жана тоют алат.' },
  },
  FISH_FARMING: {
    en: 'fish farming', ruNom: 'рыбоводство', ruGen: 'рыбоводства', ky: 'балык өстүрүү',
    extra: { en: 'Small ponds are stocked with carp.', ru: 'Небольшие пруды зарыбляются карпом.', ky: 'Чакан көлмөлөргө карп балыгы жиберилет.' },
  },
  ORCHARD_PLANTING: {
    en: 'orchard planting', ruNom: 'закладка садов', ruGen: 'закладки садов', ky: 'бак тигүү',
    extra: { en: 'Certified apple and apricot seedlings are planted.', ru: 'Высаживаются сертифицированные саженцы яблонь и абрикосов.', ky: 'Сертификатталган алма жана өрүк көчөттөрү тигилет.' },
  },
  PASTURE_MANAGEMENT: {
    en: 'pasture management', ruNom: 'управление пастбищами', ruGen: 'управления пастбищами', ky: 'жайыттарды башкаруу',
    extra: { en: 'Pasture committees prepare grazing plans.', ru: 'Пастбищные комитеты составляют планы выпаса.', ky: 'Жайыт комитеттери жайыт пландарын түзүшөт.' },
  },
  VETERINARY_SERVICES: {
    en: 'veterinary services', ruNom: 'ветеринарные услуги', ruGen: 'ветеринарных услуг', ky: 'ветеринардык кызматтар',
    extra: { en: 'Animals are vaccinated and treated against parasites.', ru: 'Животных вакцинируют и обрабатывают от паразитов.', ky: 'Малдар эмделип, мите курттарга каршы дарыланат.' },
  },
  COLD_STORAGE: {
    en: 'cold storage', ruNom: 'холодильное хранилище', ruGen: 'холодильного хранения', ky: 'муздаткыч кампа',
    extra: { en: 'A shared cold store keeps potatoes and fruit until prices rise.', ru: 'Общее хранилище сохраняет картофель и фрукты до роста цен.', ky: 'Жалпы муздаткыч кампа картошка менен мөмө-жемишти баа көтөрүлгөнгө чейин сактайт.' },
  },
  MILK_COLLECTION_POINT: {
    en: 'a milk collection point', ruNom: 'пункт сбора молока', ruGen: 'сбора молока', ky: 'сүт чогултуу пункту',
    extra: { en: 'Farmers deliver milk twice a day to a cooled collection point.', ru: 'Фермеры сдают молоко дважды в день на охлаждаемый пункт сбора.', ky: 'Дыйкандар күнүнө эки жолу сүттү муздатуучу чогултуу пунктуна тапшырышат.' },
  },
  WOMENS_SELF_HELP_GROUPS: {
    en: "women's self-help groups", ruNom: 'группы самопомощи женщин', ruGen: 'групп самопомощи женщин', ky: 'аялдардын өз ара жардам топтору',
    extra: { en: 'Groups save together and start small businesses.', ru: 'Группы копят сбережения и открывают малый бизнес.', ky: 'Топтор биргелешип акча чогултуп, чакан бизнес ачышат.' },
  },
  HAY_FODDER_PRODUCTION: {
    en: 'hay and fodder production', ruNom: 'заготовка сена и кормов', ruGen: 'заготовки сена и кормов', ky: 'чөп жана тоют даярдоо',
    extra: { en: 'Farmers get alfalfa and sainfoin seed for winter fodder.', ru: 'Фермеры получают семена люцерны и эспарцета для зимних кормов.', ky: 'Дыйкандар кышкы тоют үчүн беде жана эспарцет үрөнүн алышат.' },
  },
  SEED_SUPPLY: {
    en: 'quality seed supply', ruNom: 'обеспечение качественными семенами', ruGen: 'семеноводства', ky: 'сапаттуу үрөн менен камсыз кылуу',
    extra: { en: 'Certified wheat and potato seed is distributed before sowing.', ru: 'Перед посевом распределяются сертифицированные семена пшеницы и картофеля.', ky: 'Себүүнүн алдында сертификатталган буудай жана картошка үрөнү таратылат.' },
  },
  FARMER_FIELD_SCHOOL: {
    en: 'farmer field schools', ruNom: 'фермерские полевые школы', ruGen: 'фермерских полевых школ', ky: 'дыйкандардын талаа мектептери',
    extra: { en: 'Groups of farmers test new practices on demonstration plots.', ru: 'Группы фермеров испытывают новые практики на демонстрационных участках.', ky: 'Дыйкандар тобу демонстрациялык жер тилкелеринде жаңы ыкмаларды сынашат.' },
  },
  ORGANIC_CERTIFICATION_SUPPORT: {
    en: 'organic certification support', ruNom: 'поддержка органической сертификации', ruGen: 'органической сертификации', ky: 'органикалык тастыктоого колдоо',
    extra: { en: 'Farmers prepare for certification of an organic zone.', ru: 'Фермеры готовятся к сертификации органической зоны.', ky: 'Дыйкандар органикалык аймакты тастыктоого даярданышат.' },
  },
  RAINWATER_HARVESTING: {
    en: 'rainwater harvesting', ruNom: 'сбор дождевой воды', ruGen: 'сбора дождевой воды', ky: 'жамгыр суусун чогултуу',
    extra: { en: 'Tanks collect rain and snowmelt for gardens.', ru: 'Резервуары собирают дождевую и талую воду для огородов.', ky: 'Резервуарлар бакча үчүн жамгыр жана кар суусун чогултат.' },
  },
  COOPERATIVE_FORMATION: {
    en: 'cooperative formation', ruNom: 'создание кооперативов', ruGen: 'кооперации', ky: 'кооператив түзүү',
    extra: { en: 'Producers register a cooperative to sell together.', ru: 'Производители регистрируют кооператив для совместного сбыта.', ky: 'Өндүрүүчүлөр чогуу сатуу үчүн кооператив катташат.' },
  },
};

export const TARGET_GROUPS = {
  LOW_INCOME_HOUSEHOLDS: { en: 'low-income households', ruNom: 'малообеспеченные семьи', ruGen: 'малообеспеченных семей', ky: 'аз камсыз үй-бүлөлөр', kySg: 'аз камсыз үй-бүлө' },
  WOMEN_HEADED_HOUSEHOLDS: { en: 'women-headed households', ruNom: 'семьи, возглавляемые женщинами', ruGen: 'семей, возглавляемых женщинами', ky: 'аялдар башкарган үй-бүлөлөр', kySg: 'аял башкарган үй-бүлө' },
  SMALLHOLDER_FARMERS: { en: 'smallholder farmers', ruNom: 'мелкие фермеры', ruGen: 'мелких фермеров', ky: 'чакан дыйкандар', kySg: 'чакан дыйкан' },
  SCHOOLCHILDREN: { en: 'primary schoolchildren', ruNom: 'учащиеся начальных классов', ruGen: 'учащихся начальных классов', ky: 'башталгыч класстын окуучулары', kySg: 'окуучу' },
  CHILDREN_UNDER_FIVE: { en: 'children under five', ruNom: 'дети до пяти лет', ruGen: 'детей до пяти лет', ky: 'беш жашка чейинки балдар', kySg: 'бала' },
  PREGNANT_LACTATING_WOMEN: { en: 'pregnant and breastfeeding women', ruNom: 'беременные и кормящие женщины', ruGen: 'беременных и кормящих женщин', ky: 'кош бойлуу жана эмизген аялдар', kySg: 'аял' },
  YOUTH: { en: 'young people', ruNom: 'молодежь', ruGen: 'молодых людей', ky: 'жаштар', kySg: 'жаш адам' },
  PERSONS_WITH_DISABILITIES: { en: 'persons with disabilities', ruNom: 'лица с инвалидностью', ruGen: 'лиц с инвалидностью', ky: 'мүмкүнчүлүгү чектелген адамдар', kySg: 'мүмкүнчүлүгү чектелген адам' },
  RETURNED_MIGRANT_FAMILIES: { en: 'families of returned migrants', ruNom: 'семьи вернувшихся мигрантов', ruGen: 'семей вернувшихся мигрантов', ky: 'кайтып келген мигранттардын үй-бүлөлөрү', kySg: 'мигранттын үй-бүлөсү' },
  HERDERS: { en: 'herders', ruNom: 'скотоводы', ruGen: 'скотоводов', ky: 'малчылар', kySg: 'малчы' },
  RURAL_WOMEN: { en: 'rural women', ruNom: 'сельские женщины', ruGen: 'сельских женщин', ky: 'айыл аялдары', kySg: 'аял' },
};

/** Sentences any project might contain; a voice that does not describe the intervention's detail uses one. */
export const GENERIC_SENTENCES = {
  en: ['Participants are selected together with the ayil okmotu using the social passport.', 'The work builds on a needs assessment carried out with the community.', 'Local partners provide monitoring and follow-up.'],
  ru: ['Участники отбираются совместно с айыл окмоту по социальному паспорту.', 'Работа основана на оценке потребностей, проведенной вместе с сообществом.', 'Мониторинг и сопровождение обеспечивают местные партнеры.'],
  ky: ['Катышуучулар айыл өкмөтү менен бирге социалдык паспорт боюнча тандалат.', 'Иш жамаат менен бирге жүргүзүлгөн муктаждыктарды баалоого негизделет.', 'Мониторинг жана колдоону жергиликтүү өнөктөштөр камсыз кылат.'],
};

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Title and description patterns: (v) => string, v holding the phrases of one project in one language. */
export const VOICES = {
  en: [
    { title: (v) => `${cap(v.act)} for ${v.tg} in ${v.place}`, text: (v) => `The project supports ${v.n} ${v.tg} in ${v.place}, ${v.oblast}, with ${v.act} between ${v.y1} and ${v.y2}. ${v.extra}` },
    { title: (v) => `${v.place}: ${v.act} for ${v.tg}`, text: (v) => `Over ${v.years} years we will reach ${v.n} ${v.tg} of ${v.place} (${v.oblast}). Activities: ${v.act}, training and follow-up visits. ${v.generic}` },
    { title: (v) => `Improving livelihoods through ${v.act} in ${v.place}`, text: (v) => `${cap(v.act)} for ${v.tg}: ${v.n} participants in ${v.place} receive inputs and technical advice (${v.y1}–${v.y2}). ${v.extra}` },
    { title: (v) => `Resilient rural families: ${v.act}`, text: (v) => `Working with local authorities in ${v.place}, ${v.oblast}, the action helps ${v.tg} to increase income and food security. Main activity: ${v.act}. ${v.generic} Duration ${v.y1}-${v.y2}.` },
  ],
  ru: [
    { title: (v) => `${cap(v.actNom)} для ${v.tgGen}: ${v.place}`, text: (v) => `Целевая группа: ${v.tgNom} (${v.n}). Место: ${v.place}, ${v.oblast}. Сроки: ${v.y1}–${v.y2}. ${cap(v.actNom)}. ${v.extra}` },
    { title: (v) => `Поддержка ${v.actGen} (${v.place})`, text: (v) => `В рамках проекта ${v.n} ${v.tgGen} (${v.place}, ${v.oblast}) получат поддержку: ${v.actNom}, обучение и сопровождение в ${v.y1}–${v.y2} годах. ${v.generic}` },
    { title: (v) => `${v.place}: развитие ${v.actGen}`, text: (v) => `Проект направлен на повышение доходов и продовольственной безопасности: ${v.tgNom}, ${v.place}. ${v.generic} Период ${v.y1}-${v.y2}.` },
  ],
  ky: [
    { title: (v) => `${v.place}: ${v.act}`, text: (v) => `${v.place}, ${v.oblast}: ${v.y1}–${v.y2}-жылдары ${v.n} ${v.tgSg} үчүн ${v.act} боюнча колдоо көрсөтүлөт. ${v.extra}` },
    { title: (v) => `${cap(v.tg)} үчүн ${v.act}`, text: (v) => `Долбоор ${v.place} аймагында ${v.tg} менен иштейт: ${v.act}, окутуу жана кеңеш берүү. ${v.generic} Мөөнөтү ${v.y1}-${v.y2}.` },
  ],
};

/** Russian written in Latin letters, as some organisations type it (BGN-like, ASCII). */
export function romaniseRussian(text) {
  const map = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: "'", э: 'e', ю: 'yu', я: 'ya', ө: 'o', ү: 'u', ң: 'ng' };
  return [...text].map((ch) => {
    const lower = ch.toLowerCase();
    const latin = map[lower];
    if (latin === undefined) return ch;
    return ch === lower ? latin : cap(latin);
  }).join('');
}
