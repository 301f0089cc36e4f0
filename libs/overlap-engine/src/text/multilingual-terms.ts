/**
 * The field's key terms in English, Russian and Kyrgyz, so that a project written in one language
 * meets its twin written in another. Each concept lists the forms people write; a trailing `*`
 * matches any ending (Kyrgyz and Russian inflect), several words must follow each other. Forms are
 * normalised with normaliseText() at start-up, so they are written here in their own script.
 *
 * `weight` is how much sharing the concept says about two texts: 1 for the specific subject of the
 * work (goats, greenhouses), 0.7 for whom and how, 0.4 for words almost every project uses. The
 * weights are kept close together on purpose: a translation shares nearly every concept, generic
 * ones included, while two texts written independently about the same work share the subject only.
 */
export interface MultilingualTerm {
  concept: string;
  weight: number;
  forms: readonly string[];
}

const SPECIFIC = 1;
const PEOPLE = 0.7;
const GENERIC = 0.4;

export const MULTILINGUAL_TERMS: readonly MultilingualTerm[] = [
  // What is done: livestock and animal products
  { concept: 'GOAT', weight: SPECIFIC, forms: ['goat*', 'коза', 'козы', 'коз', 'козам', 'козами', 'козах', 'козой', 'козу', 'козье*', 'козьего', 'козьим', 'козовод*', 'эчки*'] },
  { concept: 'DAIRY', weight: SPECIFIC, forms: ['dairy', 'milk*', 'молок*', 'молоч*', 'сүт', 'сүттүү', 'сүттү*', 'сүтүн*', 'сүт азык*'] },
  { concept: 'POULTRY', weight: SPECIFIC, forms: ['poultry', 'chicken*', 'hen', 'hens', 'layer*', 'egg', 'eggs', 'птиц*', 'кур', 'куры', 'кур несуш*', 'несушк*', 'яйц*', 'канаттуу*', 'тоок', 'тооктор', 'тоокторду', 'тоокчулук*', 'жумуртка*'] },
  { concept: 'BEEKEEPING', weight: SPECIFIC, forms: ['bee', 'bees', 'beekeep*', 'apiar*', 'hive*', 'honey', 'пчел*', 'пасек*', 'пасеч*', 'ульи', 'ульев', 'уюк*', 'мед', 'меда', 'аары', 'аарычылык*', 'аарылар*', 'бал'] },
  { concept: 'FISH', weight: SPECIFIC, forms: ['fish*', 'aquacult*', 'pond*', 'рыба', 'рыбы', 'рыбу', 'рыбой', 'рыбн*', 'рыбовод*', 'пруд*', 'аквакульт*', 'балык*', 'көлмө*'] },
  { concept: 'LIVESTOCK', weight: SPECIFIC, forms: ['livestock', 'animal*', 'cattle', 'sheep', 'скот*', 'животн*', 'мал', 'малды', 'малдын', 'малга', 'малчылык*', 'мал чарба*'] },
  { concept: 'VETERINARY', weight: SPECIFIC, forms: ['veterin*', 'vaccin*', 'vet', 'ветеринар*', 'вакцин*', 'мал доктор*'] },
  { concept: 'PASTURE', weight: SPECIFIC, forms: ['pasture*', 'grazing', 'rangeland*', 'пастбищ*', 'выпас*', 'жайыт*', 'жайлоо*'] },
  { concept: 'FODDER', weight: SPECIFIC, forms: ['hay', 'fodder*', 'forage', 'сено', 'сена', 'сенокос*', 'корм', 'корма', 'кормов*', 'кормопроизвод*', 'чөп', 'чөптү', 'тоют*'] },
  { concept: 'MILK_COLLECTION', weight: SPECIFIC, forms: ['collection point*', 'milk collection', 'сбор* молока', 'пункт* сбора', 'чогултуу пункт*'] },
  // Crops, gardens, water
  { concept: 'GREENHOUSE', weight: SPECIFIC, forms: ['greenhouse*', 'теплиц*', 'тепличн*', 'жылыткана*', 'жылуулук*', 'парник*'] },
  { concept: 'TUNNEL', weight: SPECIFIC, forms: ['tunnel*', 'polytunnel*', 'туннел*', 'тоннел*'] },
  { concept: 'WINTER', weight: PEOPLE, forms: ['winter', 'зимн*', 'зимой', 'зима', 'кыш', 'кышкы', 'кышында'] },
  { concept: 'VEGETABLE', weight: SPECIFIC, forms: ['vegetable*', 'tomato*', 'cucumber*', 'овощ*', 'томат*', 'помидор*', 'огурц*', 'жашылча*', 'помидор'] },
  { concept: 'FRUIT', weight: SPECIFIC, forms: ['fruit*', 'apricot*', 'apple*', 'фрукт*', 'плод*', 'абрикос*', 'яблок*', 'мөмө*', 'жемиш*', 'өрүк*', 'алма', 'алмалар*', 'алманын', 'сухофрукт*'] },
  { concept: 'DRYING', weight: SPECIFIC, forms: ['dried', 'dry', 'drying', 'dryer*', 'drier*', 'dehydrat*', 'сушк*', 'сушил*', 'сушен*', 'сухофрукт*', 'кургат*', 'кургак жемиш*'] },
  { concept: 'SOLAR', weight: SPECIFIC, forms: ['solar', 'солнечн*', 'гелио*', 'күн энерги*', 'күн нуру*'] },
  { concept: 'PROCESSING', weight: SPECIFIC, forms: ['process*', 'canning', 'jam', 'jams', 'compote*', 'переработ*', 'консерв*', 'варень*', 'компот*', 'кайра иштет*', 'джем', 'джема', 'кыям*'] },
  { concept: 'IRRIGATION', weight: SPECIFIC, forms: ['irrigat*', 'орошен*', 'оросит*', 'полив*', 'сугат*', 'сугаруу*', 'сугарыл*'] },
  { concept: 'DRIP', weight: SPECIFIC, forms: ['drip', 'капельн*', 'тамчыла*', 'тамчы'] },
  { concept: 'RAINWATER', weight: SPECIFIC, forms: ['rainwater', 'rain', 'дождев*', 'дожд*', 'жамгыр*', 'water harvesting', 'сбор* воды', 'суу чогулт*'] },
  { concept: 'WATER', weight: PEOPLE, forms: ['water', 'вод*', 'суусу*', 'сууну', 'суунун'] },
  { concept: 'KITCHEN_GARDEN', weight: SPECIFIC, forms: ['kitchen garden*', 'home garden*', 'garden*', 'огород*', 'приусадеб*', 'бакча*', 'огород'] },
  { concept: 'ORCHARD', weight: SPECIFIC, forms: ['orchard*', 'fruit tree*', 'seedling*', 'sapling*', 'сад', 'сады', 'садов*', 'саженц*', 'садоводств*', 'бак', 'бактар*', 'бак тигүү', 'көчөт*'] },
  { concept: 'SEED', weight: SPECIFIC, forms: ['seed*', 'семен*', 'семян*', 'посевн*', 'үрөн*'] },
  { concept: 'STORAGE', weight: SPECIFIC, forms: ['storage', 'store*', 'refrigerat*', 'cold stor*', 'cold room*', 'хранилищ*', 'хранени*', 'холодильн*', 'муздат*', 'кампа', 'кампасы', 'кампаны'] },
  { concept: 'ORGANIC', weight: SPECIFIC, forms: ['organic*', 'органическ*', 'органикалык*', 'органик*'] },
  { concept: 'CERTIFICATION', weight: SPECIFIC, forms: ['certif*', 'сертифик*', 'тастыкта*'] },
  { concept: 'FIELD_SCHOOL', weight: SPECIFIC, forms: ['field school*', 'полев* школ*', 'талаа мектеб*'] },
  { concept: 'COOPERATIVE', weight: SPECIFIC, forms: ['cooperative*', 'co op*', 'кооператив*'] },
  { concept: 'SELF_HELP_GROUP', weight: SPECIFIC, forms: ['self help*', 'saving* group*', 'самопомощ*', 'өз ара жардам*', 'жамааттык топ*'] },
  { concept: 'LAND', weight: PEOPLE, forms: ['land', 'plot*', 'земл*', 'земельн*', 'участ*', 'жер', 'жерин', 'жерлер*', 'жер тилке*'] },
  // Food and nutrition
  { concept: 'NUTRITION', weight: SPECIFIC, forms: ['nutrition*', 'diet*', 'malnutrition', 'питани*', 'рацион*', 'тамактан*', 'азыктан*'] },
  { concept: 'FOOD', weight: PEOPLE, forms: ['food', 'foods', 'продовольств*', 'пищ*', 'продукт*', 'азык*', 'тамак'] },
  { concept: 'FOOD_SECURITY', weight: PEOPLE, forms: ['food security', 'food insecur*', 'продовольственн* безопасн*', 'азык түлүк коопсуздуг*'] },
  { concept: 'SCHOOL', weight: SPECIFIC, forms: ['school*', 'pupil*', 'школ*', 'школьн*', 'мектеп*', 'окуучу*'] },
  { concept: 'MEALS', weight: SPECIFIC, forms: ['meal*', 'lunch*', 'горяч*', 'обед*', 'тамак аш*', 'ысык тамак*'] },
  { concept: 'ANAEMIA', weight: SPECIFIC, forms: ['anaem*', 'anem*', 'stunting', 'анеми*', 'задержк* рост*', 'кан аздык*'] },
  { concept: 'HEALTH', weight: PEOPLE, forms: ['health*', 'clinic*', 'здоров*', 'медицин*', 'саламат*', 'ден соолу*'] },
  // Whom
  { concept: 'CHILDREN', weight: PEOPLE, forms: ['child*', 'kid*', 'infant*', 'дети', 'детей', 'детям', 'детьми', 'детск*', 'ребен*', 'ребён*', 'бала', 'балдар*', 'балдарды', 'балдарга', 'балдардын'] },
  { concept: 'WOMEN', weight: PEOPLE, forms: ['women*', 'woman', 'female', 'girl*', 'женщин*', 'девуш*', 'жен', 'аял*', 'кыз келин*', 'кыздар*'] },
  { concept: 'PREGNANT_LACTATING', weight: PEOPLE, forms: ['pregnan*', 'lactat*', 'breastfeed*', 'беремен*', 'кош бойлуу*', 'кормящ*', 'эмизген*', 'эмчек эмиз*'] },
  { concept: 'HOUSEHOLD', weight: PEOPLE, forms: ['household*', 'famil*', 'домохозяйств*', 'семья', 'семьи', 'семей', 'семьям', 'семьями', 'семьях', 'семейн*', 'үй бүлө*', 'үй чарба*'] },
  { concept: 'LOW_INCOME', weight: PEOPLE, forms: ['low income*', 'poor', 'poorest', 'poorer', 'poverty', 'малообеспечен*', 'малоимущ*', 'бедн*', 'нуждающ*', 'аз камсыз*', 'жакыр*', 'муктаж', 'муктаждар', 'муктаждарга'] },
  { concept: 'VULNERABLE', weight: PEOPLE, forms: ['vulnerab*', 'уязвим*', 'социалдык жактан аярлуу*', 'аярлуу*'] },
  { concept: 'DISABILITY', weight: PEOPLE, forms: ['disabilit*', 'disabled', 'инвалид*', 'ограниченн* возможност*', 'ден соолугунун мүмкүнчүлүгү*', 'мүмкүнчүлүгү чектел*'] },
  { concept: 'YOUTH', weight: PEOPLE, forms: ['youth', 'young people', 'молодеж*', 'молодёж*', 'жаштар*', 'жаштарды', 'жаштарга'] },
  { concept: 'MIGRANT', weight: PEOPLE, forms: ['migrant*', 'migration', 'remittance*', 'мигрант*', 'миграц*', 'мигранттар*'] },
  { concept: 'FARMER', weight: PEOPLE, forms: ['farmer*', 'smallholder*', 'фермер*', 'крестьян*', 'дехкан*', 'дыйкан*'] },
  { concept: 'HERDER', weight: PEOPLE, forms: ['herder*', 'pastoralist*', 'shepherd*', 'скотовод*', 'чабан*', 'малчы*'] },
  { concept: 'ELDERLY', weight: PEOPLE, forms: ['elderly', 'older people', 'pensioner*', 'пожил*', 'пенсионер*', 'карыя*', 'улгайган*'] },
  // How and why
  { concept: 'TRAINING', weight: PEOPLE, forms: ['train*', 'workshop*', 'coaching', 'обучени*', 'обучат*', 'тренинг*', 'семинар*', 'окут*', 'үйрөт*', 'окуу'] },
  { concept: 'EDUCATION', weight: PEOPLE, forms: ['education*', 'образован*', 'билим*'] },
  { concept: 'INCOME', weight: PEOPLE, forms: ['income*', 'livelihood*', 'доход*', 'заработ*', 'киреше*', 'киреш*'] },
  { concept: 'MARKET', weight: PEOPLE, forms: ['market*', 'sale', 'sales', 'selling', 'рынок', 'рынк*', 'рыноч*', 'сбыт*', 'продаж*', 'базар*', 'сатуу*'] },
  { concept: 'VALUE_CHAIN', weight: PEOPLE, forms: ['value chain*', 'цепоч*', 'нарк чынжыр*'] },
  { concept: 'CLIMATE', weight: PEOPLE, forms: ['climat*', 'климат*'] },
  { concept: 'RESILIENCE', weight: PEOPLE, forms: ['resilien*', 'adapt*', 'устойчив*', 'адаптац*', 'туруктуу*', 'ыңгайлаш*'] },
  { concept: 'DISASTER', weight: PEOPLE, forms: ['disaster*', 'flood*', 'mudflow*', 'бедстви*', 'чрезвычайн*', 'паводк*', 'сель', 'селей', 'кырсык*', 'суу ташкын*'] },
  { concept: 'SOCIAL_PROTECTION', weight: PEOPLE, forms: ['social protection', 'social assistance', 'социальн* защит*', 'социальн* помощ*', 'социалдык коргоо*', 'социалдык жардам*'] },
  { concept: 'EMPLOYMENT', weight: PEOPLE, forms: ['job*', 'employment', 'занятост*', 'рабоч* мест*', 'трудоустр*', 'жумуш*'] },
  { concept: 'GENDER', weight: PEOPLE, forms: ['gender*', 'гендер*'] },
  { concept: 'GOVERNANCE', weight: PEOPLE, forms: ['governance', 'municipal*', 'local self government', 'местн* самоуправ*', 'муниципал*', 'өз алдынча башкаруу*', 'айыл өкмөт*', 'айыл окмот*'] },
  // Words nearly every project uses
  { concept: 'SUPPORT', weight: GENERIC, forms: ['support*', 'assist*', 'help*', 'поддерж*', 'помощ*', 'содейств*', 'колдо*', 'жардам*'] },
  { concept: 'DEVELOPMENT', weight: GENERIC, forms: ['develop*', 'развит*', 'развив*', 'өнүктүр*', 'өнүгүү*'] },
  { concept: 'IMPROVEMENT', weight: GENERIC, forms: ['improv*', 'strengthen*', 'increas*', 'улучш*', 'повыш*', 'укрепл*', 'увелич*', 'жакшырт*', 'чыңдо*', 'жогорулат*'] },
  { concept: 'PROVISION', weight: GENERIC, forms: ['distribut*', 'provid*', 'supply', 'receiv*', 'распредел*', 'предостав*', 'передач*', 'выдач*', 'получ*', 'тарат*', 'берүү', 'берилет', 'алышат', 'камсыздоо*', 'камсыз кыл*'] },
  { concept: 'RURAL', weight: GENERIC, forms: ['village*', 'rural', 'село', 'села', 'сёл', 'сельск*', 'айыл', 'айылдар*', 'айылдык*', 'айылда*', 'айылдын', 'айылындагы'] },
  { concept: 'DISTRICT', weight: GENERIC, forms: ['district*', 'rayon*', 'район*', 'айыл аймак*', 'айыл аймаг*', 'айылн* аймак*', 'ayil aimak*', 'municipalit*'] },
  { concept: 'REGION', weight: GENERIC, forms: ['region*', 'oblast*', 'province*', 'област*', 'облус*', 'регион*'] },
  { concept: 'COMMUNITY', weight: GENERIC, forms: ['communit*', 'сообществ*', 'общин*', 'жамаат*', 'коомчулук*'] },
];
