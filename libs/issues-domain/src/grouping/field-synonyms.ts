/**
 * The field's terms in English, Russian and Kyrgyz, so that proposals written in different languages
 * about the same problem meet. Each concept lists the forms people write; a trailing `*` matches any
 * ending, words of a phrase must follow each other. Forms are normalised (transliterated, folded)
 * before matching. Kept small: terms of the micro-interventions and of the proposals they raise.
 */
export const FIELD_SYNONYMS: readonly { concept: string; forms: readonly string[] }[] = [
  { concept: 'GOAT', forms: ['goat*', 'коз', 'коза', 'козы', 'козу', 'козам', 'козами', 'козах', 'козь*', 'козовод*', 'эчки*', 'теке'] },
  { concept: 'DAIRY', forms: ['dairy', 'milk*', 'молок*', 'молоч*', 'сүт', 'сүттүү', 'сүттү*', 'сүтүн*'] },
  { concept: 'BREED', forms: ['breed*', 'bloodline*', 'пород*', 'племен*', 'тукум*', 'асыл тукум*'] },
  { concept: 'PURE', forms: ['pure', 'purity', 'purebred*', 'pure bred', 'чистопород*', 'чистот*', 'чист*', 'таза*'] },
  { concept: 'CROSSBREEDING', forms: ['crossbre*', 'cross bre*', 'interbre*', 'mixing', 'скрещ*', 'метис*', 'смешен*', 'аргын*', 'аралаш*'] },
  { concept: 'KEEP', forms: ['keep*', 'preserv*', 'maintain*', 'conserv*', 'сохран*', 'сакта*'] },
  { concept: 'NATIONAL', forms: ['national*', 'nationwide', 'country', 'национальн*', 'республиканск*', 'государствен*', 'улуттук', 'республикалык', 'мамлекеттик', 'өлкө*'] },
  { concept: 'FARM', forms: ['farm', 'farms', 'ферм*', 'хозяйств*', 'чарба*'] },
  { concept: 'LINK', forms: ['link*', 'connect*', 'связ*', 'свяж*', 'байла*'] },
  { concept: 'GREENHOUSE', forms: ['greenhouse*', 'tunnel*', 'теплиц*', 'тепличн*', 'туннел*', 'жылыткана*'] },
  { concept: 'HEATING', forms: ['heat*', 'fuel', 'coal', 'отоплен*', 'обогрев*', 'топлив*', 'угол', 'угля', 'жылыт*', 'көмүр*'] },
  { concept: 'DRYER', forms: ['dryer*', 'drier*', 'drying', 'dried', 'сушилк*', 'сушк*', 'сушен*', 'кургат*'] },
  { concept: 'FRUIT', forms: ['fruit*', 'apricot*', 'apple*', 'фрукт*', 'абрикос*', 'яблок*', 'мөмө*', 'жемиш*', 'өрүк*', 'алма'] },
  { concept: 'FISH', forms: ['fish*', 'pond*', 'aquacult*', 'рыб*', 'пруд*', 'балык', 'балыгы', 'балыкты', 'балыкчылык*', 'көлмө*'] },
  { concept: 'LAND', forms: ['land', 'lands', 'plot*', 'земл*', 'земел*', 'участ*', 'жер', 'жерди', 'жерин', 'жерлер*', 'жер тилке*'] },
  { concept: 'STATE_FUND', forms: ['fund', 'funds', 'фонд*', 'фпсу'] },
  { concept: 'ALLOCATION', forms: ['allocat*', 'lease*', 'выдел*', 'аренд*', 'предостав*', 'бөлүп бер*', 'ижара*'] },
  { concept: 'WATER', forms: ['water', 'irrigat*', 'canal*', 'вод*', 'полив*', 'орош*', 'арык*', 'суу', 'сууну', 'суунун', 'сугат*', 'сугар*'] },
  { concept: 'PASTURE', forms: ['pasture*', 'grazing', 'пастбищ*', 'выпас*', 'жайыт*', 'жайлоо*'] },
  { concept: 'VETERINARY', forms: ['veterin*', 'vet', 'vaccin*', 'ветеринар*', 'вакцин*', 'мал доктор*'] },
  { concept: 'SEED', forms: ['seed*', 'семен*', 'семян*', 'үрөн*'] },
  { concept: 'FAMILY', forms: ['famil*', 'household*', 'семь*', 'семей*', 'домохозяйств*', 'үй бүлө*', 'үй чарба*'] },
  { concept: 'SOCIAL_PASSPORT', forms: ['social passport*', 'социальн* паспорт*', 'социалдык паспорт*'] },
  { concept: 'POOR', forms: ['poor*', 'poverty', 'vulnerab*', 'low income', 'бедн*', 'малоимущ*', 'малообеспечен*', 'уязвим*', 'жакыр*', 'аярлуу*', 'аз камсыз*'] },
  { concept: 'LAW', forms: ['law', 'laws', 'legislat*', 'закон', 'закона', 'закону', 'законом', 'законы', 'законов', 'законодател*', 'мыйзам*'] },
  { concept: 'NORMATIVE_ACT', forms: ['normative*', 'regulation*', 'decree*', 'нормативн*', 'постановлени*', 'токтом*', 'ченемдик*'] },
  { concept: 'REGISTRY', forms: ['regist*', 'реестр*', 'регистр*', 'каттоо*', 'каттал*'] },
  { concept: 'CERTIFICATION', forms: ['certif*', 'сертифик*', 'тастыкта*'] },
  { concept: 'ORGANIC', forms: ['organic*', 'органическ*', 'органикалык*'] },
  { concept: 'MARKET', forms: ['market*', 'sale', 'sales', 'sell*', 'рынок', 'рынк*', 'рыноч*', 'сбыт*', 'продаж*', 'базар*', 'сатуу*', 'сатык*', 'сатыл*'] },
  { concept: 'CREDIT', forms: ['credit*', 'loan*', 'кредит*', 'займ*', 'насыя*'] },
  { concept: 'SUBSIDY', forms: ['subsid*', 'субсид*'] },
  { concept: 'PROCUREMENT', forms: ['procure*', 'purchas*', 'закуп*', 'сатып ал*'] },
  { concept: 'SCHOOL', forms: ['school*', 'школ*', 'мектеп*'] },
  { concept: 'NUTRITION', forms: ['nutrition*', 'meal*', 'diet*', 'питани*', 'тамактан*'] },
  { concept: 'CHILDREN', forms: ['child*', 'дети', 'детей', 'детям', 'детск*', 'ребен*', 'бала', 'балдар*'] },
  { concept: 'ELECTRICITY', forms: ['electric*', 'power supply', 'электр*', 'свет'] },
  // Not "дорог*": "дорогой" is expensive.
  { concept: 'ROAD', forms: ['road*', 'дорога', 'дороги', 'дорогу', 'дорог', 'дороге', 'дорожн*', 'жол', 'жолу', 'жолдор*'] },
  { concept: 'PRICE', forms: ['price*', 'cost*', 'expensive', 'цен*', 'стоимост*', 'дорого', 'дорогой', 'дорогая', 'дорогие', 'дорогое', 'баа*', 'кымбат*'] },
];
